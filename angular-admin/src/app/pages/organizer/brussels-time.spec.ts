import { brusselsToIso } from './brussels-time';

describe('brusselsToIso', () => {
  it('reads a typed kickoff as Brussels time, winter and summer', () => {
    expect(brusselsToIso('2026-12-05T15:00')).toBe('2026-12-05T15:00:00+01:00');
    expect(brusselsToIso('2026-07-04T20:30')).toBe('2026-07-04T20:30:00+02:00');
  });
});
