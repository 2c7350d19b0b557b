import { parseHeartbeat, parseScanRef, parseStatus } from './gate-messages';

describe('gate messages', () => {
  it('accepts the status the gate program sends, with or without a distance', () => {
    expect(parseStatus({ doorState: 'open', sensorCm: 42 })).toEqual({ doorState: 'open', sensorCm: 42 });
    expect(parseStatus({ doorState: 'closed', sensorCm: null })).toEqual({ doorState: 'closed', sensorCm: null });
  });

  it('ignores malformed statuses and scan references', () => {
    for (const payload of [null, 'open', { doorState: 'ajar' }, { doorState: 'open', sensorCm: 'far' }, { doorState: 'open', sensorCm: Infinity }]) {
      expect(parseStatus(payload)).toBeUndefined();
    }
    for (const payload of [undefined, {}, { scanId: '' }, { scanId: 7 }, { scanId: 'x'.repeat(101) }]) {
      expect(parseScanRef(payload)).toBeUndefined();
    }
    expect(parseScanRef({ scanId: 'abc' })).toBe('abc');
  });

  it('reads the door state of a heartbeat when it is a known one', () => {
    expect(parseHeartbeat({ at: '2025-01-01T00:00:00Z', doorState: 'closing' })).toEqual({ doorState: 'closing' });
    expect(parseHeartbeat({ doorState: 'weird' })).toEqual({ doorState: null });
    expect(parseHeartbeat(undefined)).toEqual({ doorState: null });
  });
});
