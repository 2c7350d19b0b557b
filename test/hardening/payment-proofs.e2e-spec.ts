import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Session } from '../support/accounts';
import { bearer, registerCustomer } from '../support/accounts';
import { adminSession, API, createFilm } from '../support/content/catalogue';
import { filesUnder, makePng } from '../support/content/files';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import type { CreatedOrder, Problem } from '../support/body';
import { bodyOf } from '../support/body';

const MB = 1024 * 1024;
/** An image as far as the server can tell (PNG header), padded to `bytes`. */
const proofOf = (bytes: number) => {
  const png = makePng(10, 10);
  return Buffer.concat([png, Buffer.alloc(bytes - png.length)]);
};

describe('payment proofs cannot fill the disk', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp({ MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237670000000' }, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    admin = await adminSession(t.url);
  });
  afterAll(() => t?.close());

  async function contentOrder(buyer: Session): Promise<{ orderId: string; paymentId: string }> {
    const film = await createFilm(t.url, admin);
    const res = await request(t.url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: [{ type: 'content', contentType: 'film', contentId: film.id }], paymentMethod: 'mobile_money' })
      .expect(201);
    const { order, payment } = bodyOf<CreatedOrder>(res);
    return { orderId: order.id, paymentId: payment.id };
  }

  const sendProof = (buyer: Session, orderId: string, file: Buffer) =>
    request(t.url)
      .post(`${API}/orders/${orderId}/payment-proof`)
      .set(bearer(buyer))
      .attach('file', file, { filename: 'capture.png', contentType: 'image/png' });

  const proofFiles = async (paymentId: string) => (await filesUnder(join(t.config.STORAGE_DIR, 'payment-proofs'))).filter((name) => name.startsWith(paymentId));

  it('keeps one proof per payment when 15 are sent at once', async () => {
    const buyer = await registerCustomer(t.url);
    const { orderId, paymentId } = await contentOrder(buyer);
    const answers = await Promise.all(Array.from({ length: 15 }, () => sendProof(buyer, orderId, proofOf(3 * MB))));
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(answers.some((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    const files = await proofFiles(paymentId);
    expect(files).toHaveLength(1);
    const [payment] = await db.query<{ proof_key: string | null }[]>(`SELECT proof_key FROM payment WHERE id = $1`, [paymentId]);
    expect(payment.proof_key).toBe(`payment-proofs/${files[0]}`);
  }, 60_000);

  it('refuses a proof once the payment was reviewed', async () => {
    const buyer = await registerCustomer(t.url);
    const { orderId, paymentId } = await contentOrder(buyer);
    await sendProof(buyer, orderId, proofOf(1000)).expect((res) => expect(res.status).toBeLessThan(300));
    await request(t.url)
      .post(`${API}/admin/payments/${paymentId}/approve`)
      .set(bearer(admin))
      .expect((res) => expect(res.status).toBeLessThan(300));
    const late = await sendProof(buyer, orderId, proofOf(1000));
    expect(late.status).toBe(409);
    expect(await proofFiles(paymentId)).toHaveLength(1);
  });

  it('caps the proof bytes one customer may have waiting for review', async () => {
    const buyer = await registerCustomer(t.url);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await contentOrder(buyer));
    for (const { orderId } of orders.slice(0, 4)) {
      await sendProof(buyer, orderId, proofOf(4.5 * MB)).expect((res) => expect(res.status).toBeLessThan(300));
    }
    const over = await sendProof(buyer, orders[4].orderId, proofOf(4.5 * MB));
    expect(over.status).toBe(413);
    expect(bodyOf<Problem>(over).type).toMatch(/proof-quota$/);
    expect(await proofFiles(orders[4].paymentId)).toHaveLength(0);
  }, 60_000);
});
