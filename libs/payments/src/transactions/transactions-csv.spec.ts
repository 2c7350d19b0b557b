import { csvField, transactionsCsv } from './transactions-csv';
import type { TransactionView } from './transaction.view';

const row = (overrides: Partial<TransactionView> = {}): TransactionView => ({
  id: '7f1c0a52-0000-4000-8000-000000000001',
  orderId: '7f1c0a52-0000-4000-8000-000000000002',
  createdAt: '2026-03-14T14:00:00.000Z',
  updatedAt: '2026-03-14T14:05:00.000Z',
  status: 'succeeded',
  kind: 'content',
  method: 'mobile_money',
  amount: { amount: 2500, currency: 'XAF' },
  reference: 'GX7K2P',
  customer: { id: '7f1c0a52-0000-4000-8000-000000000003', username: 'awa', displayName: 'Awa Ndiaye' },
  club: null,
  ...overrides,
});

describe('the transactions CSV', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('Awa')).toBe('Awa');
  });

  it('quotes separators, quotes and line breaks, and leaves numbers and empty values plain', () => {
    expect(csvField('Dupont, "Jo"')).toBe('"Dupont, ""Jo"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(1500)).toBe('1500');
    expect(csvField(null)).toBe('');
  });

  it('writes one line per transaction with minor units, the currency and ISO dates', () => {
    const csv = transactionsCsv([
      row(),
      row({ kind: 'seat', method: 'stripe', amount: { amount: 1250, currency: 'EUR' }, reference: null, club: { id: 'c', name: 'RFC Liège' } }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,created_at,updated_at,status,kind,method,amount_minor,currency,reference,order_id,customer_username,customer_name,club');
    expect(lines[1]).toBe(
      `${row().id},2026-03-14T14:00:00.000Z,2026-03-14T14:05:00.000Z,succeeded,content,mobile_money,2500,XAF,GX7K2P,${row().orderId},awa,Awa Ndiaye,`,
    );
    expect(lines[2]).toContain(',seat,stripe,1250,EUR,,');
    expect(lines[2].endsWith(',RFC Liège')).toBe(true);
  });
});
