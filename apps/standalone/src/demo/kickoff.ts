/** `2026-12-12T15:00:00+01:00`: the Saturday `weeksAhead` weeks from `now`, 15:00 in Brussels, with Brussels' offset that day. */
export function saturdayKickoff(now: Date, weeksAhead: number): string {
  const day = new Date(now);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7 || 7) + 7 * (weeksAhead - 1));
  const date = day.toISOString().slice(0, 10);
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+01:00';
  return `${date}T15:00:00${offset}`;
}
