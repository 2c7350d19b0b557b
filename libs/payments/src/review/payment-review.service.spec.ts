import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { bearer, registerCustomer } from '../../../../test/support/accounts';
import { adminSession, API, createFilm } from '../../../../test/support/content/catalogue';
import { eventually } from '../../../../test/support/eventually';
import { makePng } from '../../../../test/support/content/files';
import type { TestApp } from '../../../../test/support/test-app';
import { startTestApp } from '../../../../test/support/test-app';
import { PaymentReviewService } from './payment-review.service';

/** The admins' decisions on a Mobile Money payment, called on the service against the run's real Postgres. */
describe('PaymentReviewService', () => {
  let t: TestApp;
  let db: DataSource;
  let review: PaymentReviewService;
  let admin: AuthUser;
  let adminUsername: string;

  beforeAll(async () => {
    t = await startTestApp({ MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237670000000' });
    db = t.app.get<DataSource>(getDataSourceToken());
    review = t.app.get(PaymentReviewService);
    const session = await adminSession(t.url);
    admin = { id: session.user.id, role: Role.Admin };
    adminUsername = session.user.username;
  });
  afterAll(() => t?.close());

  /** A buyer orders a film by Mobile Money and sends the proof: the payment awaits review. */
  async function awaitingReview() {
    const film = await createFilm(t.url, await adminSession(t.url));
    const buyer = await registerCustomer(t.url);
    const ordered = await request(t.url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: [{ type: 'content', contentType: 'film', contentId: film.id }], paymentMethod: 'mobile_money' })
      .expect(201);
    const { order, payment } = ordered.body as { order: { id: string }; payment: { id: string } };
    await request(t.url)
      .post(`${API}/orders/${order.id}/payment-proof`)
      .set(bearer(buyer))
      .attach('file', makePng(10, 10), { filename: 'capture.png', contentType: 'image/png' })
      .expect((res) => expect(res.status).toBeLessThan(300));
    return { buyer, orderId: order.id, paymentId: payment.id };
  }
  const orderStatus = async (orderId: string): Promise<string> =>
    (await db.query<{ status: string }[]>('SELECT status FROM customer_order WHERE id = $1', [orderId]))[0].status;

  it('shows the payment with its buyer and proof while it awaits review', async () => {
    const { buyer, paymentId } = await awaitingReview();
    const payment = await review.get(paymentId);
    expect(payment).toMatchObject({
      status: 'awaiting_review',
      hasProof: true,
      reviewedBy: null,
      customer: { id: buyer.user.id, username: buyer.user.username },
    });
  });

  it('approves once: records who decided, and the order is fulfilled', async () => {
    const { orderId, paymentId } = await awaitingReview();
    const approved = await review.approve(admin, paymentId);
    expect(approved).toMatchObject({ status: 'succeeded', reviewedBy: adminUsername });
    expect(approved.history.map((change) => change.to)).toContain('succeeded');
    await eventually(async () => (await orderStatus(orderId)) === 'fulfilled', 20000, 'order fulfilled');
    await expect(review.approve(admin, paymentId)).rejects.toMatchObject({ code: 'already-reviewed', status: 409, detail: 'It is succeeded.' });
    await expect(review.reject(admin, paymentId, 'too late')).rejects.toMatchObject({ code: 'already-reviewed' });
  });

  it('lets only one of two admins clicking at once decide', async () => {
    const { paymentId } = await awaitingReview();
    const outcomes = await Promise.allSettled([review.approve(admin, paymentId), review.reject(admin, paymentId, 'blurry')]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
  });

  it('rejects with a reason the buyer reads, and the order is cancelled', async () => {
    const { orderId, paymentId } = await awaitingReview();
    const rejected = await review.reject(admin, paymentId, 'Montant incorrect');
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Montant incorrect' });
    await eventually(async () => (await orderStatus(orderId)) === 'cancelled', 20000, 'order cancelled');
  });

  it('answers 404 for a payment that does not exist', async () => {
    await expect(review.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});
