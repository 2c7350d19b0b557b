/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { bearer, registerCustomer } from '../support/accounts';
import type { CreatedOrder, Page as ListPage } from '../support/body';
import { bodyOf } from '../support/body';
import { adminSession, API } from '../support/content/catalogue';
import { makePng, sha256 } from '../support/content/files';
import { eventually } from '../support/eventually';
import { TEST_ADMIN } from '../support/test-app';
import type { ConsoleApp } from './console-support';
import { consoleLogin, DESKTOP, shooter, startConsoleApp } from './console-support';

const shoot = shooter('console-catalogue');
const CHUNK = 5 * 1024 * 1024;

/** supertest parser that keeps the body as bytes. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  stream.on('end', () => done(null, Buffer.concat(parts)));
};

describe('the console catalogue: film edit, thumbnail, resumable media upload', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  it('creates a film, shows field errors, saves, previews the image, resumes a cut tus upload from the server offset; a buyer downloads the same bytes', async () => {
    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'films');

    const title = `Les Saveurs ${randomBytes(3).toString('hex')}`;
    await page.fill('input[name=title]', title);
    await page.fill('input[name=price]', '2500');
    await page.click('form button[type=submit]');
    await page.getByText('Film créé.').waitFor();
    await page.fill('input[name=q]', title);
    await page.locator('tr', { hasText: title }).getByRole('link', { name: 'Modifier' }).click();
    await page.waitForSelector(`h1:has-text("${title}")`);
    const filmId = new URL(page.url()).pathname.split('/').pop() as string;

    // The API's field error lands on its field; nothing is saved.
    await page.fill('input[name=durationMinutes]', '-5');
    await page.click('form button[type=submit]');
    await page.locator('mat-hint.error').first().waitFor();
    expect(await page.locator('mat-hint.error').first().textContent()).toMatch(/durationMinutes/);
    await page.fill('input[name=durationMinutes]', '112');
    await page.fill('textarea[name=description]', 'Une famille, un restaurant, Douala.');
    await page.click('form button[type=submit]');
    await page.getByText('Modifications enregistrées.').waitFor();
    const admin = await adminSession(c.url);
    const saved = await request(c.url).get(`${API}/films/${filmId}`).set(bearer(admin)).expect(200);
    expect(saved.body).toMatchObject({
      title,
      durationMinutes: 112,
      description: 'Une famille, un restaurant, Douala.',
      price: { amount: 2500, currency: 'XAF' },
    });

    await page.setInputFiles('input[name=thumbnail]', { name: 'affiche.png', mimeType: 'image/png', buffer: makePng(640, 360) });
    await page.getByText('Image enregistrée.').waitFor();
    const preview = page.locator('img.preview');
    await preview.waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('img.preview')?.naturalWidth ?? 0) > 0);
    expect(await preview.getAttribute('src')).toContain(filmId);

    // 12 MB in 5 MB chunks. The second chunk reaches the server, but the connection is cut before the
    // browser sees the answer: the console must ask for the offset and continue at 10 MB, not resend.
    const video = randomBytes(12 * 1024 * 1024);
    const offsets: string[] = [];
    let asked = 0;
    let cut = false;
    await page.route('**/media/tus/*', async (route) => {
      const req = route.request();
      if (req.method() === 'HEAD') asked++;
      if (req.method() !== 'PATCH') return route.continue();
      offsets.push(req.headers()['upload-offset']);
      if (!cut && req.headers()['upload-offset'] === String(CHUNK)) {
        cut = true;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.setInputFiles('input[name=media]', { name: 'les-saveurs.mp4', mimeType: 'video/mp4', buffer: video });
    await page.click('button:has-text("Envoyer le fichier")');
    await page.getByText('Reprise…').waitFor();
    await shoot(page, 'film-edit-resuming', 'app-media-upload');
    await page.getByText('Fichier vidéo enregistré.').waitFor({ timeout: 60_000 });
    expect(offsets).toEqual(['0', String(CHUNK), String(2 * CHUNK)]);
    // tus-js-client asked the server for its offset (HEAD) before continuing.
    expect(asked).toBeGreaterThanOrEqual(1);
    await page.locator('.sha256', { hasText: sha256(video) }).waitFor();
    await shoot(page, 'film-edit-media', 'app-media-upload');
    await shoot(page, 'film-edit', 'h1');

    // An entitled customer downloads exactly the original bytes.
    const buyer = await registerCustomer(c.url);
    const ordered = await request(c.url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: [{ type: 'content', contentType: 'film', contentId: filmId }], paymentMethod: 'mobile_money' })
      .expect(201);
    const placed = bodyOf<CreatedOrder>(ordered);
    await request(c.url)
      .post(`${API}/orders/${placed.order.id}/payment-proof`)
      .set(bearer(buyer))
      .attach('file', makePng(40, 80), { filename: 'capture.png', contentType: 'image/png' })
      .expect(200);
    const queue = await request(c.url).get(`${API}/admin/payments`).query({ status: 'awaiting_review' }).set(bearer(admin)).expect(200);
    const payment = bodyOf<ListPage<{ id: string; orderId: string }>>(queue).items.find((item) => item.orderId === placed.order.id) as { id: string };
    await request(c.url).post(`${API}/admin/payments/${payment.id}/approve`).set(bearer(admin)).expect(200);
    const link = await eventually(
      async () => {
        const res = await request(c.url).post(`${API}/me/library/downloads`).set(bearer(buyer)).send({ contentType: 'film', contentId: filmId });
        return res.status === 201 ? bodyOf<{ url: string }>(res) : undefined;
      },
      15000,
      'download link',
    );
    const file = await request(c.url).get(new URL(link.url).pathname).buffer(true).parse(binary).expect(200);
    expect(sha256(file.body as Buffer)).toBe(sha256(video));

    await page.goto(`${c.url}/admin/films`);
    await page.fill('input[name=q]', title);
    await page.locator('tr', { hasText: title }).waitFor();
    await shoot(page, 'films');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('builds a series: create, season, episode with image and video, archive a season', async () => {
    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'series');
    const title = `Kongo ${randomBytes(3).toString('hex')}`;
    await page.fill('input[name=title]', title);
    await page.fill('input[name=price]', '3000');
    await page.click('form button[type=submit]');
    await page.getByText('Série créée.').waitFor();
    await page.fill('input[name=q]', title);
    await page.locator('tr', { hasText: title }).getByRole('link', { name: 'Modifier' }).click();
    await page.waitForSelector(`h1:has-text("${title}")`);
    const seriesId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.fill('input[name=seasonTitle]', 'Les débuts');
    await page.click('button:has-text("Ajouter une saison")');
    await page.locator('h2', { hasText: 'Saison 1 · Les débuts' }).waitFor();
    await page.fill('input[name=seasonTitle]', 'La suite');
    await page.click('button:has-text("Ajouter une saison")');
    await page.locator('h2', { hasText: 'Saison 2 · La suite' }).waitFor();
    const first = page.locator('section.season', { hasText: 'Saison 1' });
    await first.locator('input[name=episodeTitle]').fill('Le retour');
    await first.locator('button:has-text("Ajouter un épisode")').click();
    await first.getByText('1. Le retour').waitFor();
    await first.locator('.episode', { hasText: 'Le retour' }).getByRole('button', { name: 'Modifier' }).click();
    const episode = first.locator('.episode', { hasText: 'Le retour' });
    await episode.locator('input[name=thumbnail]').setInputFiles({ name: 'episode.png', mimeType: 'image/png', buffer: makePng(320, 180) });
    await episode.getByText('Image enregistrée.').waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.episode img.preview')).some((img) => (img as HTMLImageElement).naturalWidth > 0));
    const video = randomBytes(700_000);
    await episode.locator('input[name=media]').setInputFiles({ name: 'kongo-1.mp4', mimeType: 'video/mp4', buffer: video });
    await episode.locator('button:has-text("Envoyer le fichier")').click();
    await episode.locator('.sha256', { hasText: sha256(video) }).waitFor({ timeout: 30_000 });
    await shoot(page, 'series-detail', 'section.season');

    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('section.season', { hasText: 'Saison 2' }).locator('button:has-text("Archiver la saison")').click();
    await page.locator('h2', { hasText: 'Saison 2' }).waitFor({ state: 'detached' });
    const admin = await adminSession(c.url);
    const stored = await request(c.url).get(`${API}/series/${seriesId}`).set(bearer(admin)).expect(200);
    const seasons = bodyOf<{ seasons: { number: number; title: string; episodes: { thumbnailUrl: string | null }[] }[] }>(stored).seasons;
    expect(seasons.map((season) => [season.number, season.title])).toEqual([[1, 'Les débuts']]);
    expect(seasons[0].episodes[0]).toMatchObject({ number: 1, title: 'Le retour', media: { size: video.length, sha256: sha256(video) } });
    expect(seasons[0].episodes[0].thumbnailUrl).toBeTruthy();

    await page.goto(`${c.url}/admin/series`);
    await page.fill('input[name=q]', title);
    await page.locator('tr', { hasText: title }).waitFor();
    await shoot(page, 'series');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
