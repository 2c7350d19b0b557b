/// <reference lib="dom" />
import request from 'supertest';
import { bearer, uniqueName } from '../support/accounts';
import { decodeQrPng } from '../support/qr-decode';
import { sellingClub, WEBHOOK_SECRET, webhookUrl } from '../support/selling-club';
import type { WebApp } from './web-support';
import { pageWeight, phone, registerInBrowser, shoot, startWebApp } from './web-support';
import { bodyOf } from '../support/body';

const BUDGET = 100 * 1024;

jest.setTimeout(180_000);

describe('a supporter on a phone, from the home page to a ticket the gate admits', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await startWebApp();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('registers, reserves 2 seats, pays, and sees 2 tickets whose QR the gate admits', async () => {
    const club = await sellingClub(w.url, w.fake, 50);
    const { context, page } = await phone(w.browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    expect(await pageWeight(page, `${w.url}/`)).toBeLessThan(BUDGET);
    await shoot(page, 'home');
    await expect(page.textContent('main')).resolves.toContain('FC Uccle Sport');
    await page.goto(`${w.url}/login`);
    await shoot(page, 'login');
    await page.goto(`${w.url}/register`);
    await shoot(page, 'register');

    await registerInBrowser(page, w.url, uniqueName('fan'));
    expect(await pageWeight(page, `${w.url}/matches/${club.match.id}`)).toBeLessThan(BUDGET);
    await shoot(page, 'match');
    // At 360 px a stand's price stays on one line (it once broke as "15,00" over "€").
    const priceLines = await page.$eval('.stand .right', (el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(priceLines).toBe(1);
    await page.fill('#f-quantity', '2');

    // "Réserver" answers 303 to payment.checkoutUrl; the buyer is then on the card payment page.
    const checkout = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/reserve'));
    await page.click('button:has-text("Réserver")');
    const answer = await checkout;
    expect(answer.status()).toBe(303);
    const location = answer.headers().location;
    expect(location).toBeTruthy();

    // checkoutUrl is our /orders/{id}/pay, which opens the Stripe Checkout Session and sends the buyer there.
    const orderId = /\/orders\/([0-9a-f-]{36})/.exec(location)?.[1];
    expect(orderId).toBeTruthy();
    await page
      .waitForURL((target) => target.href.startsWith(w.fake.url), { timeout: 15000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}: ended on ${page.url()}: ${await page.textContent('body')}`);
      });
    const stored = [...w.fake.sessions.values()].find((candidate) => candidate.session.client_reference_id === orderId);
    if (!stored) throw new Error(`no checkout session for order ${orderId}`);
    const sessionId = stored.session.id;
    await w.fake.deliver(w.fake.completeSession(sessionId), webhookUrl(w.t.url), WEBHOOK_SECRET);
    await page.goto(stored.session.success_url as string);
    expect(new URL(page.url()).pathname).toBe(`/orders/${orderId}`);
    // The page refreshes by itself until the tickets exist.
    await page.waitForSelector('text=Vos 2 billets sont prêts', { timeout: 30000 });
    await shoot(page, 'order-fulfilled');

    const figures = await page.$$('li.ticket figure');
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      const code = decodeQrPng(await figure.screenshot());
      expect(code).toBeTruthy();
      const scan = await request(w.t.url).post('/api/v1/access/scan').set(bearer(club.organizer)).send({ code, matchId: club.match.id }).expect(200);
      expect(bodyOf<{ status: string }>(scan).status).toBe('ok');
    }

    expect(await pageWeight(page, `${w.url}/me/tickets`)).toBeLessThan(BUDGET);
    await page.reload();
    expect(await page.locator('li.ticket .status').first().textContent()).toContain('Déjà utilisé');
    await shoot(page, 'tickets');

    // Readable at the gate without network once opened: the service worker keeps the last copy.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('li.ticket').count()).toBe(2);
    await context.setOffline(false);
    await context.close();
    expect(errors).toEqual([]);
  });
});
