/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import request from 'supertest';
import { bearer, registerCustomer, registerOrganizer } from '../support/accounts';
import type { CreatedOrder, MatchView, Page, Problem } from '../support/body';
import { bodyOf } from '../support/body';
import { adminSession, createFilm } from '../support/content/catalogue';
import { makePng } from '../support/content/files';
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import { TEST_ADMIN } from '../support/test-app';
import type { ConsoleApp } from './console-support';
import { consoleLogin, PHONE, popupShooter, resize, shoot, startConsoleApp, typedDay } from './console-support';

const API = '/api/v1';
const shootPopup = popupShooter('console');
/** Node answers several Set-Cookie headers as an array (supertest's type says string). */
const setCookies = (response: { headers: Record<string, unknown> }): string[] => {
  const value = response.headers['set-cookie'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
};

describe('the admin console in a real browser', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  it('serves hashed assets as immutable, index.html uncached, deep links as the app, /scanner as a redirect', async () => {
    const index = await request(c.url).get('/admin/payments').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toContain('<app-root>');
    expect(setCookies(index).join(';')).toContain('guichet_csrf=');
    const main = /src="(main-[A-Z0-9]+\.js)"/.exec(index.text)?.[1];
    const asset = await request(c.url).get(`/admin/${main}`).set('accept-encoding', 'gzip').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    await request(c.url).get('/admin/missing-ABCDEFGH.js').expect(404);
    await request(c.url)
      .get('/admin/../package.json')
      .expect((res) => expect(res.text).not.toContain('"guichet"'));
    expect((await request(c.url).get('/scanner').expect(301)).headers.location).toBe('/admin/scanner');
    // Stripe's return_url and refresh_url after Connect onboarding land in the console.
    expect((await request(c.url).get('/clubs/8d0f5f5e-0000-4000-8000-000000000000/stripe/done').expect(303)).headers.location).toBe('/admin/club/stripe/done');
  });

  it('keeps the refresh token in an HttpOnly cookie, refuses a refresh without the CSRF token, and refuses customers', async () => {
    const customer = await registerCustomer(c.url);
    const refused = await request(c.url).post(`${API}/auth/session`).send({ login: customer.user.username, password: 'correct-horse-battery' }).expect(403);
    expect(bodyOf<Problem>(refused).detail).toMatch(/console is for staff/);
    expect(refused.headers['set-cookie']).toBeUndefined();

    const agent = request.agent(c.url);
    const login = await agent.post(`${API}/auth/session`).send({ login: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(200);
    expect(bodyOf<{ refreshToken?: string }>(login).refreshToken).toBeUndefined();
    const refreshCookie = setCookies(login).find((cookie) => cookie.startsWith('guichet_refresh='));
    expect(refreshCookie).toMatch(/HttpOnly/);
    expect(refreshCookie).toMatch(/SameSite=Strict/);
    expect(refreshCookie).toMatch(/Path=\/api\/v1\/auth\/session/);
    await agent.post(`${API}/auth/session/refresh`).expect(403);
    const csrf = /guichet_csrf=([^;]+)/.exec(setCookies(login).join(';'))?.[1] ?? '';
    await agent.post(`${API}/auth/session/refresh`).set('X-CSRF-Token', csrf).set('Origin', 'https://evil.example').expect(403);
    const refreshed = await agent.post(`${API}/auth/session/refresh`).set('X-CSRF-Token', csrf).expect(200);
    const session = bodyOf<{ accessToken: string; user: { role: string } }>(refreshed);
    expect(session.user.role).toBe('admin');
    await agent.post(`${API}/auth/session/logout`).set('X-CSRF-Token', csrf).set(bearer(session)).expect(204);
    await agent.post(`${API}/auth/session/refresh`).set('X-CSRF-Token', csrf).expect(401);
  });

  it('shows the admin dashboard in French with the counts of /admin/stats and a drawn revenue chart; English after switching, kept after reload', async () => {
    // Something to count: a film exists (other specs share the database, so the numbers are compared, not assumed).
    await createFilm(c.url, await adminSession(c.url), { title: `Film ${Date.now()}` });
    const page = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${c.url}/admin/`);
    // French by default (translations load lazily: wait for them).
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Connexion à la console');
    await shoot(page, 'login');
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.waitForSelector('[data-count=films] .stat-value');
    expect(await page.textContent('app-shell h1')).toBe('Tableau de bord');
    expect(await page.textContent('app-shell .who .muted')).toBe('Administrateur de la plateforme');

    // Specs running beside this one add films and tickets at any moment: the screen and the API are read back to
    // back, and read again after a reload when something changed in between; they must agree once things are still.
    const admin = await adminSession(c.url);
    const keys = ['films', 'series', 'seasons', 'episodes', 'ticketsIssued'] as const;
    const readBoth = async () => {
      const stats = bodyOf<{ counts: Record<(typeof keys)[number], number>; awaitingReview: number }>(
        await request(c.url).get(`${API}/admin/stats`).set(bearer(admin)).expect(200),
      );
      const shown: Record<string, number> = {};
      for (const key of keys) shown[key] = Number(await page.textContent(`[data-count=${key}] .stat-value`));
      shown.awaitingReview = Number(await page.textContent('[data-count=awaitingReview] .stat-value'));
      return { shown, expected: { ...Object.fromEntries(keys.map((key) => [key, stats.counts[key]])), awaitingReview: stats.awaitingReview } };
    };
    let reading = await readBoth();
    for (let attempt = 0; attempt < 5 && JSON.stringify(reading.shown) !== JSON.stringify(reading.expected); attempt++) {
      await page.reload();
      await page.waitForSelector('[data-count=films] .stat-value');
      reading = await readBoth();
    }
    expect(reading.shown).toEqual(reading.expected);
    // Chart.js drew on the canvas: some pixel is not transparent (the axes at least).
    const drawn = await page.$eval('#revenue-chart', (canvas) => {
      const context = (canvas as HTMLCanvasElement).getContext('2d');
      const { data } = context!.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
      return data.some((value, index) => index % 4 === 3 && value > 0);
    });
    expect(drawn).toBe(true);
    await shoot(page, 'dashboard');

    await page.click('mat-button-toggle[value=en] button');
    await page.waitForFunction(() => document.querySelector('app-shell h1')?.textContent === 'Dashboard');
    await page.reload();
    // The reload finds the session again through the refresh cookie, and the language choice was remembered.
    await page.waitForFunction(() => document.querySelector('app-shell h1')?.textContent === 'Dashboard');
    expect(page.url()).toBe(`${c.url}/admin/dashboard`);
    expect(errors).toEqual([]);
  });

  it('puts a Mobile Money payment in the review queue; the admin approves it and the customer owns the film', async () => {
    const admin = await adminSession(c.url);
    const film = await createFilm(c.url, admin, { title: `Film ${Date.now()}` });
    const buyer = await registerCustomer(c.url);
    const order = await request(c.url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: [{ type: 'content', contentType: 'film', contentId: film.id }], paymentMethod: 'mobile_money' })
      .expect(201);
    const placed = bodyOf<CreatedOrder & { payment: { instructions: { reference: string } } }>(order);
    await request(c.url)
      .post(`${API}/orders/${placed.order.id}/payment-proof`)
      .set(bearer(buyer))
      .attach('file', makePng(60, 120), { filename: 'capture.png', contentType: 'image/png' })
      .expect((res) => expect(res.status).toBeLessThan(300));
    const paymentId = placed.payment.id;

    const page = await c.browser.newPage({ viewport: { width: 360, height: 740 } });
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'payments');
    const card = `[data-payment="${paymentId}"]`;
    await page.waitForSelector(`${card} img`);
    expect(await page.textContent(`${card} .reference`)).toBe(placed.payment.instructions.reference);
    await shoot(page, 'review-queue');
    await resize(page, PHONE);
    // A double click sends one decision: the button is disabled while the API answers.
    await page.dblclick(`${card} button.approve`);
    // Whatever the outcome, it is read out, so that a refusal fails with its message.
    const outcome = await page.waitForSelector('.outcome');
    expect(`${await outcome.getAttribute('class')}: ${await outcome.textContent()}`).toMatch(/^outcome ok: /);
    expect(await page.$(card)).toBeNull();
    await shoot(page, 'review-queue-approved');

    const library = await request(c.url).get(`${API}/me/library`).set(bearer(buyer)).expect(200);
    expect(JSON.stringify(library.body)).toContain(film.id);
  });

  it('lets the admin create a film, with the API field errors shown on the form, and find it by searching', async () => {
    const page = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'films');
    await page.fill('input[name=year]', '1700');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.error:has-text("year")');
    const title = `Le Grand Bleu ${Date.now()}`;
    await page.fill('input[name=title]', title);
    await page.fill('input[name=year]', '1988');
    await page.click('form button[type=submit]');
    await page.waitForSelector('p.ok');
    await page.fill('input[name=q]', title);
    await page.waitForSelector(`td:has-text("${title}")`);
    await shoot(page, 'films');
  });

  it('lets an organizer create a stand and a match that another organizer does not see', async () => {
    const first = await registerOrganizer(c.url);
    const second = await registerOrganizer(c.url);
    // An English Chromium in New York: the French console still writes the kickoff day first, 24-hour, Brussels time.
    const context = await c.browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await consoleLogin(page, c.url, first.user.username, 'correct-horse-battery', 'stands');
    await page.fill('input[name=name]', 'Tribune Nord');
    await page.fill('input[name=capacity]', '300');
    await page.fill('input[name=price]', '12.5');
    await page.click('form button[type=submit]');
    await page.waitForSelector('td:has-text("Tribune Nord")');
    expect(await page.textContent('table')).toContain('12,50');
    expect(await page.textContent('app-shell .who .muted')).toBe('Organisateur');
    await shoot(page, 'stands');

    await page.click('a[href="/admin/matches"]');
    await page.waitForSelector('mat-checkbox');
    await page.fill('input[name=opponent]', 'RAQM Ganshoren');
    await page.click('mat-checkbox label');
    // The 14th of next month: a day past 12, so that day/month and month/day orders cannot be mistaken for each other.
    const now = new Date();
    const kickoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 14)).toISOString().slice(0, 10);
    const listMatches = async () => bodyOf<Page<MatchView>>(await request(c.url).get(`${API}/matches`).query({ clubId: first.club.id }).expect(200)).items;

    // A day the calendar does not have and an hour past 23 are refused next to their fields, in French, and nothing is sent.
    await page.fill('input[name=kickoffDay]', `31/02/${kickoff.slice(0, 4)}`);
    await page.fill('input[name=kickoffTime]', '25:00');
    await page.click('form button[type=submit]');
    await page.locator('mat-form-field:has(input[name=kickoffDay]) mat-error', { hasText: 'Date non reconnue. Écrivez-la ainsi : 14/03/2026.' }).waitFor();
    await page.locator('mat-form-field:has(input[name=kickoffTime]) mat-error', { hasText: 'Heure non reconnue. Écrivez-la ainsi : 15:00.' }).waitFor();
    await shoot(page, 'match-create-errors', 'form');
    expect(await listMatches()).toHaveLength(0);

    // The day typed day first, the time picked in the 24-hour list.
    await page.fill('input[name=kickoffDay]', typedDay(kickoff));
    await page.fill('input[name=kickoffTime]', '');
    await page.click('input[name=kickoffTime]');
    // The list offers a match's usual hours, by quarter hours: 09:00 to 22:00.
    const times = (await page.getByRole('option').allTextContents()).map((label) => label.trim());
    expect([times[0], times[1], times.at(-1), times.length]).toEqual(['09:00', '09:15', '22:00', 53]);
    await page.getByRole('option', { name: '15:00', exact: true }).click();
    expect(await page.inputValue('input[name=kickoffTime]')).toBe('15:00');
    await shoot(page, 'match-create', 'form');
    await page.click('form button[type=submit]');
    await page.waitForSelector('td:has-text("RAQM Ganshoren")');
    await shoot(page, 'matches');
    const matches = await listMatches();
    expect(matches).toHaveLength(1);
    expect(matches[0].kickoffAt).toBe(new Date(`${kickoff}T15:00:00${brusselsOffsetOn(kickoff)}`).toISOString());
    const row = page.locator(`tr[data-match="${matches[0].id}"]`);
    expect(await row.textContent()).toContain('15:00');

    // The edit form shows it back the same way; its calendar names the month in French, then in English after switching.
    await row.locator('[data-edit]').click();
    expect(await page.inputValue('input[name=editKickoffDay]')).toBe(typedDay(kickoff));
    expect(await page.inputValue('input[name=editKickoffTime]')).toBe('15:00');
    const month = (locale: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${kickoff}T12:00:00Z`));
    await shoot(page, 'match-edit', '[data-edit-match]');
    await shootPopup(page, 'match-edit-calendar', async () => {
      await page.click('[data-edit-match] mat-datepicker-toggle button');
      await page.locator('.mat-calendar-period-button', { hasText: month('fr-BE') }).waitFor();
    });
    await shootPopup(page, 'match-edit-times', async () => {
      await page.click('[data-edit-match] mat-timepicker-toggle button');
      await page.getByRole('option', { name: '15:00', exact: true }).waitFor();
    });
    await page.click('mat-button-toggle[value=en] button');
    await page.locator('mat-form-field:has(input[name=editKickoffDay]) mat-label', { hasText: 'Match date' }).waitFor();
    expect(await page.inputValue('input[name=editKickoffDay]')).toBe(typedDay(kickoff));
    expect(await page.inputValue('input[name=editKickoffTime]')).toBe('15:00');
    await page.click('[data-edit-match] mat-datepicker-toggle button');
    await page.locator('.mat-calendar-period-button', { hasText: month('en-GB') }).waitFor();
    await page.keyboard.press('Escape');

    const other = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(other, c.url, second.user.username, 'correct-horse-battery', 'matches');
    await other.waitForSelector('app-state [role=status]');
    expect(await other.textContent('app-shell main')).not.toContain('RAQM Ganshoren');
    await request(c.url).patch(`${API}/matches/${matches[0].id}`).set(bearer(second)).send({ opponent: 'Hijack' }).expect(403);
  });

  jest.setTimeout(120_000);

  it('updates attendance without reload while a ticket is scanned, and the scanner says admitted then already used', async () => {
    const club = await sellingClub(c.url, c.fake, 5);
    const { tickets } = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 2);
    const watcher = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(watcher, c.url, club.organizer.user.username, 'correct-horse-battery', `matches/${club.match.id}/attendance`);
    await watcher.waitForFunction(() => document.querySelector('[data-total=sold]')?.textContent === '2');
    expect(await watcher.textContent('[data-total=checkedIn]')).toBe('0');

    await request(c.url).post(`${API}/access/scan`).set(bearer(club.organizer)).send({ code: tickets[0].code }).expect(200);
    await watcher.waitForFunction(() => document.querySelector('[data-total=checkedIn]')?.textContent === '1', undefined, { timeout: 10_000 });
    await shoot(watcher, 'attendance');

    const scanner = await c.browser.newPage({ viewport: { width: 360, height: 740 } });
    await consoleLogin(scanner, c.url, club.organizer.user.username, 'correct-horse-battery', 'scanner');
    await shoot(scanner, 'scanner');
    await resize(scanner, PHONE);
    await scanner.fill('input[name=code]', tickets[1].code);
    await scanner.press('input[name=code]', 'Enter');
    await scanner.waitForSelector('[data-verdict][data-status=ok]');
    expect(await scanner.textContent('[data-verdict] .word')).toBe('Entrée autorisée');
    await shoot(scanner, 'scanner-admitted');
    await scanner.click('[data-verdict]');
    await scanner.fill('input[name=code]', tickets[1].code);
    await scanner.press('input[name=code]', 'Enter');
    await scanner.waitForSelector('[data-verdict][data-status=already_used]');
    expect(await scanner.textContent('[data-verdict] .word')).toBe('Déjà utilisé');
    await shoot(scanner, 'scanner-already-used');

    // The scan log lists both scans with their verdicts; a gate's device key is shown once at creation.
    await scanner.click('[data-verdict]');
    await scanner.goto(`${c.url}/admin/scans`);
    await scanner.waitForSelector('table.data tbody tr');
    expect(await scanner.$$eval('table.data tbody tr', (rows) => rows.length)).toBe(3);
    expect(await scanner.textContent('table.data')).toContain('Déjà utilisé');
    await shoot(scanner, 'scan-log');
    await scanner.goto(`${c.url}/admin/gates`);
    await scanner.fill('input[name=name]', 'Portique Nord');
    await scanner.click('form button[type=submit]');
    await scanner.waitForSelector('td:has-text("Portique Nord")');
    expect((await scanner.textContent('.secret'))?.length).toBeGreaterThan(20);
    expect(await scanner.textContent('table.data')).toContain('Hors ligne');
    await shoot(scanner, 'gates');
    await scanner.goto(`${c.url}/admin/club/stripe/done`);
    await scanner.waitForSelector('app-club .ok');
    await shoot(scanner, 'club');
  });
});

/** "+01:00" or "+02:00": Brussels' offset on that day. */
function brusselsOffsetOn(day: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${day}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name.replace('GMT', '');
}
