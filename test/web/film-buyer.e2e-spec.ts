/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { bearer, uniqueName } from '../support/accounts';
import { eventually } from '../support/eventually';
import { adminSession, API, createFilm } from '../support/content/catalogue';
import { makePng } from '../support/content/files';
import type { WebApp } from './web-support';
import { pageWeight, phone, registerInBrowser, shoot, startWebApp } from './web-support';
import { bodyOf } from '../support/body';

jest.setTimeout(180_000);

describe('a film buyer on a phone, from a film page to the downloaded file', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await startWebApp();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('buys by Mobile Money with a proof screenshot, is approved, and downloads the exact bytes, resumable', async () => {
    const admin = await adminSession(w.url);
    const title = `Les Misérables ${uniqueName('')}`;
    const film = await createFilm(w.url, admin, { title });
    const video = randomBytes(300_000);
    await request(w.url)
      .put(`${API}/films/${film.id}/media`)
      .set(bearer(admin))
      .attach('file', video, { filename: 'film.mp4', contentType: 'video/mp4' })
      .expect(200);
    await request(w.url)
      .put(`${API}/films/${film.id}/thumbnail`)
      .set(bearer(admin))
      .attach('file', makePng(400, 600), { filename: 'poster.png', contentType: 'image/png' })
      .expect(200);

    const { context, page } = await phone(w.browser);
    await registerInBrowser(page, w.url, uniqueName('reader'));
    await page.goto(`${w.url}/films`);
    await shoot(page, 'films');
    await page.click(`text=${title}`);
    expect(new URL(page.url()).pathname).toBe(`/films/${film.id}`);
    await shoot(page, 'film');
    // The language is named, not coded.
    expect(await page.textContent('dl.facts')).toContain('français');
    await Promise.all([page.waitForURL(/\/orders\/[0-9a-f-]{36}$/), page.click('button:has-text("Acheter")')]);
    const orderId = new URL(page.url()).pathname.split('/').pop() as string;

    // The instructions: operators and numbers, the amount, the reference to put in the transfer.
    const main = ((await page.textContent('main')) ?? '').replace(/\s/g, ' ');
    expect(main).toContain('+237 6 70 00 00 00');
    expect(main).toContain('1 500 FCFA');
    const reference = (await page.textContent('.huge'))?.trim();
    expect(reference).toMatch(/^[A-Z0-9-]{4,}$/);
    expect(await page.getAttribute('input[type=file]', 'accept')).toBe('image/*');
    await shoot(page, 'order-mobile-money');

    await page.setInputFiles('input[type=file]', { name: 'capture.png', mimeType: 'image/png', buffer: makePng(300, 600) });
    await Promise.all([page.waitForURL(`${w.url}/orders/${orderId}`), page.click('button:has-text("Envoyer la preuve")')]);
    expect(await page.textContent('main')).toContain('Paiement en attente de vérification');
    await shoot(page, 'order-checking');

    const queue = await request(w.url).get(`${API}/admin/payments?status=awaiting_review&pageSize=100`).set(bearer(admin)).expect(200);
    const payment = bodyOf<{ items: { id: string; orderId: string; reference: string }[] }>(queue).items.find((item) => item.orderId === orderId);
    expect(payment?.reference).toBe(reference);
    await request(w.url).post(`${API}/admin/payments/${payment?.id}/approve`).set(bearer(admin)).expect(200);
    // The page refreshes by itself until the review is done.
    await page.waitForSelector('text=Paiement validé', { timeout: 30000 });
    await shoot(page, 'order-approved');

    expect(await pageWeight(page, `${w.url}/library`)).toBeLessThan(100 * 1024);
    expect(await page.textContent('#library-list')).toContain(title);
    await shoot(page, 'library');

    // Search as you type (the script swaps the list in place) and the plain form give the same answer.
    await page.fill('#f-q', 'zzzz-nothing');
    await page.waitForSelector('text=Rien ne correspond à cette recherche.');
    await page.fill('#f-q', 'misérables');
    await page.waitForSelector(`#library-list >> text=${title}`);

    const downloadOnce = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Télécharger")')]);
      return download;
    };
    const first = await downloadOnce();
    expect(Buffer.compare(await readFile(await first.path()), video)).toBe(0);
    // Each click signs a new link (expiry counted from the click; the signature has a 1-second grain).
    await page.waitForTimeout(1100);
    const second = await downloadOnce();
    expect(second.url()).not.toBe(first.url());

    const resumed = await fetch(second.url(), { headers: { Range: 'bytes=100000-' } });
    expect(resumed.status).toBe(206);
    expect(Buffer.compare(Buffer.from(await resumed.arrayBuffer()), video.subarray(100000))).toBe(0);

    // Every link in the mails this purchase caused (the review notice to admins, the library mail) opens a page.
    await eventually(() => w.t.smtp.messages.some((message) => (message.text ?? '').includes(`${w.url}/library`)), 15000, 'the library mail');
    const links = w.t.smtp.messages.flatMap((message) => [...(message.text ?? '').matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]));
    expect(links.some((link) => link === `${w.url}/library`)).toBe(true);
    expect(links.some((link) => link.startsWith(`${w.url}/admin/payments/`))).toBe(true);
    for (const link of links) {
      // A tab per link: the console (/admin) is a single-page app that keeps its tab busy.
      const reader = await context.newPage();
      const opened = await reader.goto(link, { waitUntil: 'domcontentloaded' });
      expect([link, opened?.status()]).not.toEqual([link, 404]);
      expect(opened?.headers()['content-type']).toMatch(/^text\/html/);
      await reader.close();
    }
    await context.close();
  });
});
