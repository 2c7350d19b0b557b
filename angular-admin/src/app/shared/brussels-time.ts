/**
 * `2026-12-05T15:00` typed in a datetime-local field means 15:00 in Brussels (where matches are played),
 * whatever the browser's own time zone: the answer is ISO 8601 with Brussels' offset on that day.
 */
export function brusselsToIso(local: string): string {
  const asUtc = new Date(`${local}:00Z`);
  const offsetMinutes = brusselsOffset(asUtc);
  // The offset at the resulting instant (DST changes at night; a second pass settles the rare edge).
  const instant = new Date(asUtc.getTime() - offsetMinutes * 60_000);
  const settled = brusselsOffset(instant);
  const sign = settled >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(settled) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(settled) % 60).padStart(2, '0');
  return `${local}:00${sign}${hours}:${minutes}`;
}

function brusselsOffset(at: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The inverse, to fill a datetime-local field: an instant as Brussels' wall clock, `2026-12-05T15:00`. */
export function isoToBrussels(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
