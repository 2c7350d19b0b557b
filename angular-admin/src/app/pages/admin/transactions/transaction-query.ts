import { brusselsToIso } from '../../../shared/brussels-time';

export interface TransactionFilterForm {
  /** `YYYY-MM-DD` from a date field, or empty. */
  fromDay: string;
  toDay: string;
  status: string;
  kind: string;
  method: string;
}

export const EMPTY_FILTER: TransactionFilterForm = { fromDay: '', toDay: '', status: '', kind: '', method: '' };

/** The day after `YYYY-MM-DD`, as `YYYY-MM-DD` (calendar arithmetic in UTC, so no time zone can shift it). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The API's query for a filter: days are whole Brussels days (where the platform's admins work), the last day
 * included (`to` is exclusive on the API, so it becomes the next midnight). Empty fields are left out.
 */
export function transactionQuery(filter: TransactionFilterForm): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.fromDay) query['from'] = brusselsToIso(`${filter.fromDay}T00:00`);
  if (filter.toDay) query['to'] = brusselsToIso(`${nextDay(filter.toDay)}T00:00`);
  for (const key of ['status', 'kind', 'method'] as const) if (filter[key]) query[key] = filter[key];
  return query;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const STATUSES = ['pending', 'awaiting_review', 'succeeded', 'failed', 'rejected', 'refunded'];
export const KINDS = ['seat', 'content'];
export const METHODS = ['stripe', 'mobile_money'];

/** The filter a link carries (`/transactions?status=awaiting_review&fromDay=2026-03-01`); unknown values are dropped. */
export function filterFromLink(get: (key: string) => string | null): TransactionFilterForm {
  const pick = (key: string, allowed: string[]) => {
    const value = get(key) ?? '';
    return allowed.includes(value) ? value : '';
  };
  const day = (key: string) => {
    const value = get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  return { fromDay: day('fromDay'), toDay: day('toDay'), status: pick('status', STATUSES), kind: pick('kind', KINDS), method: pick('method', METHODS) };
}

/** The link's query for a filter: only what is set, so the address stays short. */
export function linkOf(filter: TransactionFilterForm): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ''));
}
