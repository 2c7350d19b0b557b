import { AdminStats } from '../../../core/api/models';
import { currencyDecimals } from '../../../shared/format';

export interface LineSeries {
  currency: string;
  labels: string[];
  values: number[];
}

/** Every day of the range, each currency on its own line (EUR and XAF are never added together). */
export function revenueSeries(stats: AdminStats): LineSeries[] {
  const days = daysBetween(stats.range.from, stats.range.to);
  const currencies = [...new Set(stats.revenue.byDay.map((row) => row.currency))].sort();
  return currencies.map((currency) => {
    const perDay = new Map<string, number>();
    for (const row of stats.revenue.byDay) {
      if (row.currency === currency) perDay.set(row.day, (perDay.get(row.day) ?? 0) + row.amount);
    }
    const unit = 10 ** currencyDecimals(currency);
    return { currency, labels: days, values: days.map((day) => (perDay.get(day) ?? 0) / unit) };
  });
}

/** Number of payments by method (tickets by card, content by Mobile Money) over the range. */
export function paymentsByKind(stats: AdminStats): { method: string; payments: number }[] {
  const counts = new Map<string, number>();
  for (const row of stats.revenue.byDay) counts.set(row.method, (counts.get(row.method) ?? 0) + row.payments);
  return [...counts].map(([method, payments]) => ({ method, payments }));
}

export function daysBetween(fromIso: string, toIso: string): string[] {
  const days: string[] = [];
  const end = new Date(toIso).getTime();
  for (let at = Date.parse(fromIso.slice(0, 10)); at < end; at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}
