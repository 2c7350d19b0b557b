import type { TransactionView } from './transaction.view';

/**
 * A spreadsheet opening the file runs a cell that starts with one of these as a formula (CSV injection):
 * such text cells get a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break; text defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'id',
  'created_at',
  'updated_at',
  'status',
  'kind',
  'method',
  'amount_minor',
  'currency',
  'reference',
  'order_id',
  'customer_username',
  'customer_name',
  'club',
] as const;

/** Excel reads a UTF-8 CSV as the local code page unless it starts with a byte order mark (club names have accents). */
const BOM = '\uFEFF';

/** Amounts stay in minor units with their currency (EUR and XAF are never summed), dates ISO 8601 in UTC. */
export function transactionsCsv(rows: readonly TransactionView[]): string {
  const lines = rows.map((row) =>
    [
      row.id,
      row.createdAt,
      row.updatedAt,
      row.status,
      row.kind,
      row.method,
      row.amount.amount,
      row.amount.currency,
      row.reference,
      row.orderId,
      row.customer?.username ?? null,
      row.customer?.displayName ?? null,
      row.club?.name ?? null,
    ]
      .map(csvField)
      .join(','),
  );
  return BOM + [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
