import request from 'supertest';
import type { Session } from '../support/accounts';
import { bearer } from '../support/accounts';
import { API } from '../support/content/catalogue';
import { makePng } from '../support/content/files';

export interface ProvedPurchase {
  orderId: string;
  paymentId: string;
  reference: string;
}

interface CreatedOrder {
  order: { id: string };
  payment: { id: string; instructions: { reference: string } };
}

/** A buyer orders a film by Mobile Money and sends the screenshot: the payment waits in the review queue. */
export async function provedFilmPurchase(url: string, buyer: Session, filmId: string): Promise<ProvedPurchase> {
  const created = await request(url)
    .post(`${API}/orders`)
    .set(bearer(buyer))
    .send({ items: [{ type: 'content', contentType: 'film', contentId: filmId }], paymentMethod: 'mobile_money' })
    .expect(201);
  const { order, payment } = created.body as CreatedOrder;
  await request(url)
    .post(`${API}/orders/${order.id}/payment-proof`)
    .set(bearer(buyer))
    .attach('file', makePng(60, 120), { filename: 'capture.png', contentType: 'image/png' })
    .expect((res) => expect(res.status).toBeLessThan(300));
  return { orderId: order.id, paymentId: payment.id, reference: payment.instructions.reference };
}
