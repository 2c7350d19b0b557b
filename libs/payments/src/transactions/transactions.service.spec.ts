import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@guichet/common';
import { registerCustomer } from '../../../../test/support/accounts';
import type { TestApp } from '../../../../test/support/test-app';
import { startTestApp } from '../../../../test/support/test-app';
import { CSV_MAX_ROWS, TransactionsService } from './transactions.service';
import { TransactionListQuery } from './transaction-list.query';

/** The history's filters and the export's size limit, on the run's real Postgres. */
describe('TransactionsService', () => {
  let t: TestApp;
  let db: DataSource;
  let transactions: TransactionsService;
  let customerId: string;
  // A day nobody else's payments fall on (other spec files share the database): 1 January 2001.
  const day = { from: '2001-01-01T00:00:00Z', to: '2001-01-02T00:00:00Z' };

  beforeAll(async () => {
    t = await startTestApp({}, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    transactions = t.app.get(TransactionsService);
    customerId = (await registerCustomer(t.url)).user.id;
    // As many failed Mobile Money payments as one export may hold, plus one, all on that day.
    await db.query(
      `INSERT INTO payment (order_id, customer_id, provider, status, amount, currency, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'mobile_money', 'failed', 1500, 'XAF', timestamptz '2001-01-01T10:00:00Z' + n * interval '1 ms', timestamptz '2001-01-01T10:00:00Z'
       FROM generate_series(1, $2) AS n`,
      [customerId, CSV_MAX_ROWS + 1],
    );
  }, 120_000);
  afterAll(async () => {
    await db?.query('DELETE FROM payment WHERE customer_id = $1', [customerId]);
    await t?.close();
  });

  const query = (fields: Partial<TransactionListQuery>) => Object.assign(new TransactionListQuery(), fields);

  it('pages the filtered history newest first, with the buyer', async () => {
    const page = await transactions.list(query({ ...day, kind: 'content', method: 'mobile_money', status: 'failed', page: 2, pageSize: 3 }));
    expect(page.total).toBe(CSV_MAX_ROWS + 1);
    expect(page.items).toHaveLength(3);
    expect(page.items[0]).toMatchObject({ kind: 'content', method: 'mobile_money', status: 'failed', amount: { amount: 1500, currency: 'XAF' }, club: null });
    expect(page.items[0].customer?.id).toBe(customerId);
    expect(page.items[0].createdAt > page.items[1].createdAt).toBe(true);
    // Other filters leave them out.
    expect((await transactions.list(query({ ...day, kind: 'seat' }))).total).toBe(0);
    expect((await transactions.list(query({ ...day, status: 'succeeded' }))).total).toBe(0);
  });

  it('refuses a reversed range and an export past its limit, and exports up to it', async () => {
    await expect(transactions.list(query({ from: day.to, to: day.from }))).rejects.toMatchObject({ code: 'validation', status: 400 });
    const refused = await transactions.all(day).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'too-many-rows', status: 400 });
    await db.query(`DELETE FROM payment WHERE id = (SELECT id FROM payment WHERE customer_id = $1 LIMIT 1)`, [customerId]);
    expect(await transactions.all(day)).toHaveLength(CSV_MAX_ROWS);
  }, 60_000);
});
