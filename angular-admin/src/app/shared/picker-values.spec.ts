import { brusselsToIso } from './brussels-time';
import { dateOfDay, dayOf, splitWallClock, wallClock } from './picker-values';

describe('picker values', () => {
  it('turns a picked day and time into the wall clock sent as Brussels time, and back', () => {
    const { day, time } = splitWallClock('2026-03-14T15:00');
    expect(wallClock(day, time)).toBe('2026-03-14T15:00');
    expect(brusselsToIso(wallClock(new Date(2026, 2, 14), new Date(2000, 0, 1, 15, 0)))).toBe('2026-03-14T15:00:00+01:00');
  });

  it('keeps a day the same day whatever the hour of the picked Date', () => {
    expect(dayOf(dateOfDay('2026-12-31'))).toBe('2026-12-31');
    expect(dayOf(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
  });
});
