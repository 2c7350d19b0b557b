/**
 * The pickers hold Dates at the browser's local midnight (a day) or at a local hour (a time); the forms hold the
 * wall clock as text (`2026-12-05`, `2026-12-05T15:00`). Both are read and built in local time so that no time
 * zone shifts the day or the hour: Brussels is applied only when the text goes to the API (brussels-time.ts).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** A picked day as `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A picked time as `HH:MM` (24-hour). */
export function timeOf(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `YYYY-MM-DD` as the Date a datepicker shows. */
export function dateOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** A day and a time picked in two fields, as `YYYY-MM-DDTHH:MM`. */
export function wallClock(day: Date, time: Date): string {
  return `${dayOf(day)}T${timeOf(time)}`;
}

/** `YYYY-MM-DDTHH:MM` split for the two fields. */
export function splitWallClock(local: string): { day: Date; time: Date } {
  const [day, time] = local.split('T');
  const [hours, minutes] = time.split(':').map(Number);
  const date = dateOfDay(day);
  return { day: date, time: new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes) };
}
