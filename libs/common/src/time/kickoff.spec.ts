import { formatKickoff, formatMatchTime } from './kickoff';

describe('match times', () => {
  it('reads as UI.md writes them, in Brussels time whatever the season', () => {
    expect(formatKickoff('2026-03-14T14:00:00Z', 'fr')).toBe('sam. 14 mars 2026, 15:00');
    expect(formatKickoff('2026-03-14T14:00:00Z', 'en')).toBe('Sat, 14 March 2026, 15:00');
    // Summer time: UTC+2.
    expect(formatKickoff('2026-08-01T18:30:00Z', 'fr')).toBe('sam. 1 août 2026, 20:30');
    expect(formatMatchTime('2026-12-31T23:30:00Z', 'fr')).toBe('00:30');
  });
});
