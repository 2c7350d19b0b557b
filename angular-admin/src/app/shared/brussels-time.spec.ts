import { brusselsToIso, isoToBrussels } from './brussels-time';

describe('brusselsToIso', () => {
  it('reads a typed kickoff as Brussels time, winter and summer', () => {
    expect(brusselsToIso('2026-12-05T15:00')).toBe('2026-12-05T15:00:00+01:00');
    expect(brusselsToIso('2026-07-04T20:30')).toBe('2026-07-04T20:30:00+02:00');
  });
});

describe('isoToBrussels', () => {
  it('shows a stored kickoff as the Brussels wall clock the organizer typed, winter and summer', () => {
    expect(isoToBrussels('2026-12-05T14:00:00.000Z')).toBe('2026-12-05T15:00');
    expect(isoToBrussels('2026-07-04T18:30:00.000Z')).toBe('2026-07-04T20:30');
    expect(isoToBrussels(brusselsToIso('2026-03-29T00:30'))).toBe('2026-03-29T00:30');
  });
});
