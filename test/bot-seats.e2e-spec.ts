import request from 'supertest';
import { DataSource } from 'typeorm';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import { staffScan } from './support/access/entrance';
import { eventually } from './support/eventually';
import { decodeQrPng } from './support/qr-decode';
import { sellingClub, stripeEnv, WEBHOOK_SECRET, webhookUrl } from './support/selling-club';
import type { BotWorld } from './telegram/bot-harness';
import { buttonsOf, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';

describe('match seats bought from the Telegram bot', () => {
  let world: BotWorld;
  let stripe: FakeStripe;

  beforeAll(async () => {
    stripe = await startFakeStripe();
    world = await startBotWorld(stripeEnv(stripe));
  });
  afterAll(async () => {
    await world?.close();
    await stripe?.close();
  });

  it('holds two seats, sends the payment link, and delivers the tickets as QR photos the scanner admits once paid', async () => {
    const { telegram, app } = world;
    const club = await sellingClub(app.url, stripe, 50);
    const buyer = telegramId();
    telegram.userSays(buyer, '/start');
    const menu = await nextTo(telegram, buyer, 0, 'the menu');
    telegram.userPresses(buyer, 'ml:1', { messageId: menu.message_id });
    // Other specs add matches to the same database: page until ours shows (edited in place each time).
    let page = 1;
    const ours = await eventually(
      () => {
        const current = telegram.message(buyer, menu.message_id);
        const found = current && buttonsOf(current).find((b) => b.callback_data === `mt:${club.match.id}`);
        if (found) return found;
        if (current?.text.startsWith('⚽') && buttonsOf(current).some((b) => b.callback_data === `ml:${page + 1}`)) {
          page += 1;
          telegram.userPresses(buyer, `ml:${page}`, { messageId: menu.message_id });
        }
        return undefined;
      },
      20000,
      'our match in the list',
    );
    telegram.userPresses(buyer, ours.callback_data ?? '', { messageId: menu.message_id });
    const stands = await eventually(
      () => telegram.message(buyer, menu.message_id)?.text.includes('Choisissez une tribune') && telegram.message(buyer, menu.message_id),
      15000,
      'the stands',
    );
    telegram.userPresses(buyer, `st:${club.stand.id}`, { messageId: menu.message_id });
    await eventually(() => telegram.message(buyer, menu.message_id)?.text.includes('Combien de places'), 15000, 'the quantity question');
    expect(buttonsOf(stands).length).toBeGreaterThan(1);

    await world.restartBot();
    const seen = telegram.to(buyer).length;
    telegram.userPresses(buyer, 'q:2', { messageId: menu.message_id });
    const held = await nextTo(telegram, buyer, seen, 'the payment link', (m) => m.text.startsWith('2 place(s) réservée(s)'));
    const pay = buttonsOf(held).find((b) => b.url);
    expect(pay?.text).toBe('💳 Payer par carte');

    // The buyer opens the link: our own /orders/{id}/pay route creates the Stripe session (or the link is Stripe's).
    const url = new URL(pay?.url ?? '');
    if (url.origin === new URL(app.config.PUBLIC_URL).origin) await request(app.url).get(`${url.pathname}${url.search}`);
    const db = app.app.get(DataSource);
    const [order] = await db.query<{ id: string }[]>(
      `SELECT o.id FROM customer_order o JOIN telegram_account a ON a.user_id = o.customer_id WHERE a.telegram_user_id = $1`,
      [buyer],
    );
    const session = await eventually(
      () => [...stripe.sessions.values()].find((stored) => stored.session.client_reference_id === order.id),
      15000,
      'the checkout session',
    );
    const delivery = await stripe.deliver(stripe.completeSession(session.session.id), webhookUrl(app.url), WEBHOOK_SECRET);
    expect(delivery.status).toBe(200);

    const photos = await eventually(
      () => {
        const sent = telegram.to(buyer).filter((m) => m.method === 'sendPhoto');
        return sent.length >= 2 && sent;
      },
      30000,
      'two ticket photos',
    );
    expect(photos).toHaveLength(2);
    expect(photos[0].text).toMatch(/^🎟 Billet 1\/2/);
    expect(photos[0].text).toMatch(/Tribune Tribune \w+\nCoup d’envoi : /);
    const codes = (await db.query<{ code: string }[]>(`SELECT code FROM ticket WHERE order_id = $1 ORDER BY code`, [order.id])).map((row) => row.code);
    const decoded = photos.map((photo) => decodeQrPng(photo.photo as Buffer)).sort();
    expect(decoded).toEqual(codes);
    // The organizer's scanner admits each decoded code once.
    for (const code of decoded) {
      expect((await staffScan(app.url, club.organizer, { code, matchId: club.match.id })).body.status).toBe('ok');
      expect((await staffScan(app.url, club.organizer, { code, matchId: club.match.id })).body.status).not.toBe('ok');
    }
  });
});
