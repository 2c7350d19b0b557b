/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { bearer, login, registerCustomer } from '../support/accounts';
import { adminSession, API, createFilm } from '../support/content/catalogue';
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import { TEST_ADMIN } from '../support/test-app';
import { provedFilmPurchase } from './console-purchases';
import type { ConsoleApp } from './console-support';
import { eventually } from '../support/eventually';
import { consoleLogin, DESKTOP, popupShooter, resize, shooter, startConsoleApp, typedDay } from './console-support';

const shoot = shooter('console-transactions');
const shootPopup = popupShooter('console-transactions');

interface Problem {
  detail?: string;
  errors?: { field: string }[];
}
interface Credentials {
  username: string;
  password: string;
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

/** Picks an option of a Material select by its visible text. */
async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.locator(`mat-select[name=${select}]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the console transactions history and its CSV export', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  jest.setTimeout(120_000);

  it('answers 400 problem+json for bad filters, 401 without a token and 403 to a customer', async () => {
    const admin = await adminSession(c.url);
    for (const query of [{ status: 'bogus' }, { kind: 'popcorn' }, { method: 'cash' }, { from: 'yesterday' }, { page: '0' }]) {
      const answer = await request(c.url).get(`${API}/admin/transactions`).query(query).set(bearer(admin)).expect(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((answer.body as Problem).errors?.[0]?.field).toBe(Object.keys(query)[0]);
    }
    const reversed = await request(c.url)
      .get(`${API}/admin/transactions.csv`)
      .query({ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' })
      .set(bearer(admin))
      .expect(400);
    expect(reversed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((reversed.body as Problem).detail).toMatch(/before/);
    await request(c.url).get(`${API}/admin/transactions`).expect(401);
    await request(c.url).get(`${API}/admin/transactions.csv`).expect(401);
    const customer = await registerCustomer(c.url);
    await request(c.url).get(`${API}/admin/transactions.csv`).set(bearer(customer)).expect(403);
  });

  it('lists a card seat payment and a Mobile Money film payment under the right filters, and exports them as a defused CSV', async () => {
    const admin = await adminSession(c.url);
    const suffix = randomBytes(3).toString('hex');
    // A display name a spreadsheet would run as a formula: the export must show it as text.
    const evilName = `=HYPERLINK("http://evil.example","x") ${suffix}`;
    const created = (await request(c.url).post(`${API}/admin/customers`).set(bearer(admin)).send({ displayName: evilName }).expect(201)).body as Credentials;
    const buyer = await login(c.url, created.username, created.password);
    const film = await createFilm(c.url, admin, { title: `Aya ${suffix}`, price: { amount: 1500, currency: 'XAF' } });
    const purchase = await provedFilmPurchase(c.url, buyer, film.id);
    const contentPaymentId = purchase.paymentId;

    const club = await sellingClub(c.url, c.fake, 10);
    const seats = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 2);
    const seatList = await request(c.url)
      .get(`${API}/admin/transactions`)
      .query({ kind: 'seat', method: 'stripe', pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    const seatPayment = (
      seatList.body as { items: { id: string; orderId: string; status: string; kind: string; club: { name: string } | null; amount: { currency: string } }[] }
    ).items.find((item) => item.orderId === seats.orderId);
    expect(seatPayment).toMatchObject({ status: 'succeeded', kind: 'seat', amount: { currency: 'EUR' } });
    expect(seatPayment?.club?.name).toBeTruthy();

    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Transactions' }).click();
    await page.waitForSelector('h1:has-text("Transactions")');

    // Today only (the date fields), Mobile Money films being checked: ours is there, the card seats are not.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    await page.fill('input[name=fromDay]', typedDay(today));
    await page.fill('input[name=toDay]', typedDay(today));
    await choose(page, 'status', 'Paiement en attente de vérification');
    await choose(page, 'kind', 'Films et séries');
    await choose(page, 'method', 'Mobile Money');
    const contentRow = page.locator(`tr[data-transaction="${contentPaymentId}"]`);
    await contentRow.waitFor();
    expect(await contentRow.textContent()).toMatch(/1\s500\sFCFA/);
    expect(await contentRow.textContent()).toContain(purchase.reference);
    expect(await page.locator(`tr[data-transaction="${seatPayment?.id}"]`).count()).toBe(0);
    await shoot(page, 'transactions-content', 'table');

    await resize(page, DESKTOP);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.export')]);
    expect(download.suggestedFilename()).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const [header, ...lines] = rows;
    expect(header).toEqual([
      'id',
      'created_at',
      'updated_at',
      'status',
      'kind',
      'method',
      'amount_minor',
      'currency',
      'reference',
      'order_id',
      'customer_username',
      'customer_name',
      'club',
    ]);
    // The export is the filtered list: every line matches the filters.
    for (const line of lines) expect(line.slice(3, 6)).toEqual(['awaiting_review', 'content', 'mobile_money']);
    const ours = lines.find((line) => line[0] === contentPaymentId);
    expect(ours).toBeDefined();
    const field = Object.fromEntries(header.map((name, index) => [name, ours?.[index]]));
    expect(field).toMatchObject({
      amount_minor: '1500',
      currency: 'XAF',
      reference: purchase.reference,
      order_id: purchase.orderId,
      customer_username: created.username,
      customer_name: `'${evilName}`,
      club: '',
    });
    expect(field.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(lines.some((line) => line[0] === seatPayment?.id)).toBe(false);

    // Seats, paid by card: the other payment shows, with its club.
    await choose(page, 'status', 'Payé');
    await choose(page, 'kind', 'Billets de match');
    await choose(page, 'method', 'Carte');
    const seatRow = page.locator(`tr[data-transaction="${seatPayment?.id}"]`);
    await seatRow.waitFor();
    expect(await seatRow.textContent()).toContain(seatPayment?.club?.name);
    expect(await seatRow.textContent()).toMatch(/€/);
    expect(await page.locator(`tr[data-transaction="${contentPaymentId}"]`).count()).toBe(0);
    await shoot(page, 'transactions-seats', 'table');
    // The filters are in the address: a reload (or a link) shows the same list.
    expect(new URL(page.url()).searchParams.get('kind')).toBe('seat');
    await page.reload();
    await seatRow.waitFor();
    await page.locator('mat-select[name=method]', { hasText: 'Carte' }).waitFor();

    // A reversed range is explained in French rather than sent.
    await page.fill('input[name=fromDay]', '02/03/2026');
    await page.fill('input[name=toDay]', '01/03/2026');
    await page.getByText('La date de début doit précéder la date de fin.').waitFor();
    expect(await page.locator('table').count()).toBe(0);

    // An impossible day says so under its field, in French.
    await page.fill('input[name=toDay]', '30/02/2026');
    await page.locator('input[name=toDay]').blur();
    await page.locator('mat-form-field:has(input[name=toDay]) mat-error', { hasText: 'Date non reconnue. Écrivez-la ainsi : 14/03/2026.' }).waitFor();
    await shoot(page, 'transactions-bad-day', 'form.filters');
    // On a phone the second day's calendar opens on screen (the field is in the right half of the row).
    await shootPopup(page, 'transactions-calendar', async () => {
      await page.click('mat-form-field:has(input[name=toDay]) mat-datepicker-toggle button');
      await page.locator('mat-calendar').waitFor();
      const calendar = await page.locator('.mat-datepicker-content').boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(calendar && calendar.x >= 0 && calendar.x + calendar.width <= width).toBe(true);
    });

    // English: the same screen, every label translated.
    await page.fill('input[name=fromDay]', typedDay(today));
    await page.fill('input[name=toDay]', typedDay(today));
    await page.click('mat-button-toggle[value=en] button');
    await page.getByRole('button', { name: 'Export as CSV' }).waitFor();
    expect(await page.inputValue('input[name=fromDay]')).toBe(typedDay(today));
    await seatRow.waitFor();
    expect(await seatRow.textContent()).toContain('Match tickets');
    expect(await page.textContent('app-shell main')).not.toMatch(/transactions\.|payment\.(status|method)\./);
    await shoot(page, 'transactions-en', 'table');
    expect(errors).toEqual([]);
  });

  it('keeps the dashboard on its last readable period while a day is cleared, retyped or after the other, then follows the new one', async () => {
    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const periods: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().includes('/api/v1/admin/stats')) periods.push(new URL(sent.url()).searchParams.get('from') ?? '');
    });
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'dashboard');
    await page.waitForSelector('#revenue-chart');

    await page.fill('input[name=to]', '');
    await page.fill('input[name=from]', '14/0');
    await page.locator('input[name=from]').blur();
    await page.locator('mat-form-field:has(input[name=from]) mat-error', { hasText: 'Date non reconnue' }).waitFor();
    expect(await page.locator('app-state [role=alert]').count()).toBe(0);
    expect(await page.locator('#revenue-chart').count()).toBe(1);

    // A period ending before it starts is explained here, and not asked for.
    await page.fill('input[name=from]', '02/03/2026');
    await page.fill('input[name=to]', '01/03/2026');
    await page.getByRole('alert').filter({ hasText: 'La date de début doit précéder la date de fin.' }).waitFor();
    expect(await page.locator('#revenue-chart').count()).toBe(1);
    await shoot(page, 'dashboard-reversed');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    await page.fill('input[name=from]', typedDay(today));
    await page.fill('input[name=to]', typedDay(today));
    expect(await page.getByRole('alert').count()).toBe(0);
    await eventually(() => Promise.resolve(periods.at(-1) === `${today}T00:00:00Z`), 10_000, 'the stats of the new period to be asked for');
    await page.waitForSelector('#revenue-chart');
    // Never asked for a period with a missing or unreadable day, nor for the reversed one.
    expect(periods.every((from) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(from))).toBe(true);
    expect(periods).not.toContain('2026-03-02T00:00:00Z');
    expect(await page.locator('app-state [role=alert]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
