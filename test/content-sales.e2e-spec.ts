import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { LibraryService } from '../libs/ticketing/src/library/library.service';
import type { Session } from './support/accounts';
import { bearer, registerCustomer } from './support/accounts';
import { adminSession, API, createEpisode, createFilm, createSeason, createSeries } from './support/content/catalogue';
import { makePng } from './support/content/files';
import { eventually } from './support/eventually';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import type { Library } from '@guichet/ticketing';
import type { ReviewedPayment } from '@guichet/payments';
import { expect } from '@jest/globals';
import type { OrderView, Page, PaymentView, Problem } from './support/body';
import { bodyOf } from './support/body';

/** What POST /orders answers for content paid by Mobile Money: the order and the transfer's instructions. */
interface ContentOrder {
  order: OrderView;
  payment: PaymentView & { instructions: { reference: string } };
}

describe('films and series sold by Mobile Money', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp({ MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237670000000,Orange Money:+237690000000' });
    db = t.app.get<DataSource>(getDataSourceToken());
    admin = await adminSession(t.url);
  });
  afterAll(() => t.close());

  const uploadMedia = (episodeId: string, bytes: Buffer) =>
    request(t.url)
      .put(`${API}/episodes/${episodeId}/media`)
      .set(bearer(admin))
      .attach('file', bytes, { filename: 'episode.mp4', contentType: 'video/mp4' })
      .expect(200);

  const orderContent = (buyer: Session, items: { contentType: string; contentId: string }[]) =>
    request(t.url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: items.map((item) => ({ type: 'content', ...item })), paymentMethod: 'mobile_money' });

  const sendProof = (buyer: Session, orderId: string, file: Buffer = makePng(40, 80), name = 'capture.png') =>
    request(t.url).post(`${API}/orders/${orderId}/payment-proof`).set(bearer(buyer)).attach('file', file, { filename: name, contentType: 'image/png' });

  async function seasonWithTwoEpisodes() {
    const series = await createSeries(t.url, admin, { title: `Kongo ${randomBytes(3).toString('hex')}` });
    const season = await createSeason(t.url, admin, series.id, 1, { price: { amount: 3000, currency: 'XAF' } });
    const first = await createEpisode(t.url, admin, season.id, 1);
    const second = await createEpisode(t.url, admin, season.id, 2);
    const firstBytes = randomBytes(300_000);
    await uploadMedia(first.id, firstBytes);
    await uploadMedia(second.id, randomBytes(1000));
    return { series, season, first, second, firstBytes };
  }

  async function paidProof(buyer: Session, items: { contentType: string; contentId: string }[]) {
    const ordered = await orderContent(buyer, items).expect(201);
    const { order, payment: started } = bodyOf<ContentOrder>(ordered);
    await sendProof(buyer, order.id).expect(200);
    const queue = await request(t.url).get(`${API}/admin/payments`).query({ status: 'awaiting_review' }).set(bearer(admin)).expect(200);
    const payment = bodyOf<Page<ReviewedPayment>>(queue).items.find((item) => item.orderId === order.id);
    if (!payment) throw new Error('the payment is not in the review queue');
    return { orderId: order.id, paymentId: payment.id, reference: started.instructions.reference };
  }

  it('sells a season: instructions, proof, review, approval, library, download with Range, link expiry', async () => {
    const { season, first, second, firstBytes } = await seasonWithTwoEpisodes();
    const buyer = await registerCustomer(t.url);

    const ordered = await orderContent(buyer, [{ contentType: 'season', contentId: season.id }]).expect(201);
    expect(bodyOf<ContentOrder>(ordered).order).toMatchObject({ status: 'pending', total: { amount: 3000, currency: 'XAF' } });
    expect(bodyOf<ContentOrder>(ordered).payment).toMatchObject({
      method: 'mobile_money',
      status: 'pending',
      instructions: {
        operators: [
          { name: 'MTN Mobile Money', number: '+237670000000' },
          { name: 'Orange Money', number: '+237690000000' },
        ],
        amount: { amount: 3000, currency: 'XAF' },
        reference: expect.stringMatching(/^GC-[2-9A-HJ-NP-Z]{6}$/),
      },
    });
    const orderId = bodyOf<ContentOrder>(ordered).order.id;

    const proof = await sendProof(buyer, orderId).expect(200);
    expect(bodyOf<PaymentView>(proof).status).toBe('awaiting_review');
    const notice = await eventually(
      () => t.smtp.messages.find((m) => m.subject?.includes(bodyOf<ContentOrder>(ordered).payment.instructions.reference)),
      10000,
      'admin notified',
    );
    expect(JSON.stringify(notice.to)).toContain('admin@guichet.test');

    const queue = await request(t.url).get(`${API}/admin/payments`).query({ status: 'awaiting_review' }).set(bearer(admin)).expect(200);
    const payment = bodyOf<Page<ReviewedPayment>>(queue).items.find((item) => item.orderId === orderId);
    expect(payment).toMatchObject({ method: 'mobile_money', hasProof: true, customer: { id: buyer.user.id } });
    if (!payment?.proofUrl) throw new Error('the payment has no proof link');
    const image = await request(t.url).get(payment.proofUrl).set(bearer(admin)).buffer(true).expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    await request(t.url).get(payment.proofUrl).set(bearer(buyer)).expect(403);

    const approved = await request(t.url).post(`${API}/admin/payments/${payment.id}/approve`).set(bearer(admin)).expect(200);
    expect(approved.body).toMatchObject({ status: 'succeeded', reviewedBy: 'admin' });
    expect(bodyOf<ReviewedPayment>(approved).history.map((h) => h.to)).toEqual(['pending', 'awaiting_review', 'succeeded']);

    const library = await eventually(
      async () => {
        const body = bodyOf<Library>(await request(t.url).get(`${API}/me/library`).set(bearer(buyer)).expect(200));
        return body.series.length ? body : undefined;
      },
      15000,
      'library filled',
    );
    expect(library.films).toEqual([]);
    expect(library.series[0].seasons[0].episodes).toEqual([
      { id: first.id, number: 1, title: 'Épisode 1', downloadable: true },
      { id: second.id, number: 2, title: 'Épisode 2', downloadable: true },
    ]);
    const mail = await eventually(
      () => t.smtp.messages.find((m) => JSON.stringify(m.to).includes(buyer.user.email) && m.subject?.includes('Paiement validé')),
      10000,
      'buyer mail',
    );
    expect(mail.text).toContain('/library');

    const link = await request(t.url).post(`${API}/me/library/downloads`).set(bearer(buyer)).send({ contentType: 'episode', contentId: first.id }).expect(201);
    expect(new Date(bodyOf<{ url: string; expiresAt: string }>(link).expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(bodyOf<{ url: string; expiresAt: string }>(link).url).not.toMatch(/media\/|storage/);
    const path = new URL(bodyOf<{ url: string; expiresAt: string }>(link).url).pathname;
    const whole = await request(t.url).get(path).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(whole.body as Buffer, firstBytes)).toBe(0);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-disposition']).toMatch(/^attachment; filename="Kongo-[0-9a-f]{6}-S1E1-Episode-1\.mp4"/);
    const middle = await request(t.url).get(path).set('Range', 'bytes=100000-100099').buffer(true).parse(binary).expect(206);
    expect(middle.headers['content-range']).toBe(`bytes 100000-100099/${firstBytes.length}`);
    expect(Buffer.compare(middle.body as Buffer, firstBytes.subarray(100000, 100100))).toBe(0);
    await request(t.url).get(path).set('Range', `bytes=${firstBytes.length}-`).expect(416);

    const expired = t.app
      .get(LibraryService)
      .tokens.sign({ customerId: buyer.user.id, type: 'episode', contentId: first.id, expiresAt: Math.floor(Date.now() / 1000) - 1 });
    await request(t.url).get(`${API}/dl/${expired}`).expect(403);
    const forged = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await request(t.url).get(forged).expect(403);

    const again = await orderContent(buyer, [{ contentType: 'episode', contentId: first.id }]).expect(409);
    expect(bodyOf<Problem>(again).type).toMatch(/already-owned$/);
  });

  it('keeps what others bought out of reach', async () => {
    const { season, first } = await seasonWithTwoEpisodes();
    const buyer = await registerCustomer(t.url);
    const { paymentId } = await paidProof(buyer, [{ contentType: 'season', contentId: season.id }]);
    await request(t.url).post(`${API}/admin/payments/${paymentId}/approve`).set(bearer(admin)).expect(200);
    await eventually(async () => bodyOf<Library>(await request(t.url).get(`${API}/me/library`).set(bearer(buyer))).series.length > 0, 15000, 'library');

    const other = await registerCustomer(t.url);
    const refused = await request(t.url)
      .post(`${API}/me/library/downloads`)
      .set(bearer(other))
      .send({ contentType: 'episode', contentId: first.id })
      .expect(403);
    expect(bodyOf<Problem>(refused).type).toMatch(/not-owned$/);
    expect((await request(t.url).get(`${API}/me/library`).set(bearer(other)).expect(200)).body).toEqual({ films: [], series: [] });
  });

  it('grants nothing for a rejected proof, and once for an approval clicked twice at the same time', async () => {
    const film = await createFilm(t.url, admin, { title: `Lumumba ${randomBytes(3).toString('hex')}` });
    const rejectedBuyer = await registerCustomer(t.url);
    const rejected = await paidProof(rejectedBuyer, [{ contentType: 'film', contentId: film.id }]);
    const refusal = await request(t.url)
      .post(`${API}/admin/payments/${rejected.paymentId}/reject`)
      .set(bearer(admin))
      .send({ reason: 'Montant reçu : 500 XAF' })
      .expect(200);
    expect(refusal.body).toMatchObject({ status: 'rejected', rejectReason: 'Montant reçu : 500 XAF' });
    await eventually(
      async () => bodyOf<OrderView>(await request(t.url).get(`${API}/orders/${rejected.orderId}`).set(bearer(rejectedBuyer))).status === 'cancelled',
      10000,
      'order cancelled',
    );
    expect(bodyOf<Library>(await request(t.url).get(`${API}/me/library`).set(bearer(rejectedBuyer))).films).toEqual([]);
    await request(t.url).post(`${API}/admin/payments/${rejected.paymentId}/approve`).set(bearer(admin)).expect(409);

    const buyer = await registerCustomer(t.url);
    const { paymentId, orderId } = await paidProof(buyer, [{ contentType: 'film', contentId: film.id }]);
    const clicks = await Promise.all(Array.from({ length: 5 }, () => request(t.url).post(`${API}/admin/payments/${paymentId}/approve`).set(bearer(admin))));
    expect(clicks.map((click) => click.status).sort()).toEqual([200, 409, 409, 409, 409]);
    await eventually(
      async () => bodyOf<OrderView>(await request(t.url).get(`${API}/orders/${orderId}`).set(bearer(buyer))).status === 'fulfilled',
      15000,
      'fulfilled',
    );
    const [{ count }] = await db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM entitlement WHERE customer_id = $1', [buyer.user.id]);
    expect(count).toBe(1);
    const history = await request(t.url).get(`${API}/admin/payments/${paymentId}`).set(bearer(admin)).expect(200);
    expect(bodyOf<ReviewedPayment>(history).history.filter((h) => h.to === 'succeeded')).toHaveLength(1);
  });

  it('refuses bad proofs with 4xx and keeps the payment as it was', async () => {
    const film = await createFilm(t.url, admin, { title: `Viva Riva ${randomBytes(3).toString('hex')}` });
    const buyer = await registerCustomer(t.url);
    const ordered = await orderContent(buyer, [{ contentType: 'film', contentId: film.id }]).expect(201);
    const orderId = bodyOf<ContentOrder>(ordered).order.id;
    expect((await sendProof(buyer, orderId, Buffer.from('not an image at all'), 'fake.png')).status).toBe(415);
    expect((await sendProof(buyer, orderId, Buffer.alloc(0), 'empty.png')).status).toBe(400);
    expect((await sendProof(buyer, orderId, Buffer.concat([makePng(10, 10), Buffer.alloc(6 * 1024 * 1024)]), 'big.png')).status).toBe(413);
    const json = await request(t.url).post(`${API}/orders/${orderId}/payment-proof`).set(bearer(buyer)).send({ file: 'x' });
    expect(json.status).toBe(415);
    const other = await registerCustomer(t.url);
    expect((await sendProof(other, orderId)).status).toBe(404);
    const body = bodyOf<OrderView>(await request(t.url).get(`${API}/orders/${orderId}`).set(bearer(buyer)).expect(200));
    expect(body.payment?.status).toBe('pending');
    const [{ count }] = await db.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM payment WHERE order_id = $1 AND proof_key IS NOT NULL`, [
      orderId,
    ]);
    expect(count).toBe(0);
  });

  it('lets an admin give content to a customer directly', async () => {
    const film = await createFilm(t.url, admin, { title: `Félicité ${randomBytes(3).toString('hex')}` });
    const created = await request(t.url)
      .post(`${API}/admin/customers`)
      .set(bearer(admin))
      .send({ displayName: 'Mama Nzinga', phone: '+243810000000' })
      .expect(201);
    const customer = bodyOf<{ user: { id: string }; username: string; password: string }>(created);
    await request(t.url)
      .post(`${API}/admin/customers/${customer.user.id}/entitlements`)
      .set(bearer(admin))
      .send({ contentType: 'film', contentId: film.id })
      .expect(201);
    await request(t.url)
      .post(`${API}/admin/customers/${customer.user.id}/entitlements`)
      .set(bearer(admin))
      .send({ contentType: 'film', contentId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    await request(t.url)
      .post(`${API}/admin/customers/${customer.user.id}/entitlements`)
      .set(bearer(admin))
      .send({ contentType: 'album', contentId: film.id })
      .expect(400);
    const session = bodyOf<Session>(await request(t.url).post(`${API}/auth/login`).send({ login: customer.username, password: customer.password }).expect(200));
    const body = bodyOf<Library>(await request(t.url).get(`${API}/me/library`).set(bearer(session)).query({ q: 'felicite' }).expect(200));
    expect(body.films).toEqual([{ id: film.id, title: film.title, downloadable: false }]);
    expect(bodyOf<Library>(await request(t.url).get(`${API}/me/library`).set(bearer(session)).query({ q: 'zzz' })).films).toEqual([]);
  });

  it('gives the dashboard its figures', async () => {
    const body = bodyOf<{ counts: unknown; revenue: { total: unknown; byDay: unknown[] } }>(
      await request(t.url).get(`${API}/admin/stats`).set(bearer(admin)).query({ timeZone: 'Africa/Douala' }).expect(200),
    );
    expect(body.counts).toMatchObject({
      films: expect.any(Number),
      series: expect.any(Number),
      episodes: expect.any(Number),
      ticketsIssued: expect.any(Number),
    });
    expect(body.revenue.total).toEqual(expect.arrayContaining([{ amount: expect.any(Number), currency: 'XAF' }]));
    expect(body.revenue.byDay[0]).toMatchObject({ method: 'mobile_money', currency: 'XAF' });
    await request(t.url).get(`${API}/admin/stats`).set(bearer(admin)).query({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }).expect(400);
  });
});

/** Collects a response body as bytes, whatever its content type. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
