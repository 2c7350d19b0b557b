/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { join } from 'node:path';
import request from 'supertest';
import type { MatchOrderPage } from '@guichet/ticketing';
import { bearer, registerOrganizer } from '../support/accounts';
import type { MatchView, Problem } from '../support/body';
import { bodyOf } from '../support/body';
import { adminSession } from '../support/content/catalogue';
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import type { ConsoleApp } from './console-support';
import { consoleLogin, DESKTOP, PHONE, resize, shooter, startConsoleApp } from './console-support';

const API = '/api/v1';
const SHOTS = '/tmp/shots/console-match-orders';
const shoot = shooter('console-match-orders');
const PASSWORD = 'correct-horse-battery';
/** Intl writes a narrow no-break space before the euro sign; compare words, not spacing. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('orders and buyers per match, and editing a match, in the console', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  jest.setTimeout(180_000);

  it("shows an organizer both buyers of their match with the API's totals; another club's organizer gets 403 and sees nothing", async () => {
    const club = await sellingClub(c.url, c.fake, 20);
    const first = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 2);
    const second = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 1);

    const api = bodyOf<MatchOrderPage>(await request(c.url).get(`${API}/matches/${club.match.id}/orders`).set(bearer(club.organizer)).expect(200));
    expect(api.total).toBe(2);
    expect(api.totals).toEqual({ orders: 2, seats: 3, revenue: [{ amount: 4500, currency: 'EUR' }] });
    expect(api.items.map((order) => order.buyer.email).sort()).toEqual([first.buyer.user.email, second.buyer.user.email].sort());
    expect(api.items.find((order) => order.id === first.orderId)).toMatchObject({ seats: 2, amount: { amount: 3000, currency: 'EUR' }, status: 'fulfilled' });
    // Totals cover every order of the filter, not only the page.
    const firstPage = bodyOf<MatchOrderPage>(
      await request(c.url).get(`${API}/matches/${club.match.id}/orders`).query({ pageSize: 1 }).set(bearer(club.organizer)).expect(200),
    );
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.totals.seats).toBe(3);
    const refunded = bodyOf<MatchOrderPage>(
      await request(c.url).get(`${API}/matches/${club.match.id}/orders`).query({ status: 'refunded' }).set(bearer(club.organizer)).expect(200),
    );
    expect(refunded).toMatchObject({ items: [], total: 0, totals: { orders: 0, seats: 0, revenue: [] } });
    await request(c.url).get(`${API}/matches/${club.match.id}/orders`).query({ status: 'pending' }).set(bearer(club.organizer)).expect(400);
    const admin = await adminSession(c.url);
    expect(bodyOf<MatchOrderPage>(await request(c.url).get(`${API}/matches/${club.match.id}/orders`).set(bearer(admin)).expect(200)).total).toBe(2);

    const outsider = await registerOrganizer(c.url);
    const refused = await request(c.url).get(`${API}/matches/${club.match.id}/orders`).set(bearer(outsider)).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const unknown = await request(c.url).get(`${API}/matches/00000000-0000-4000-8000-000000000000/orders`).set(bearer(club.organizer)).expect(404);
    expect(bodyOf<Problem>(unknown).status).toBe(404);

    const page = await c.browser.newPage({ viewport: DESKTOP });
    await consoleLogin(page, c.url, club.organizer.user.username, PASSWORD, 'matches');
    await page.click(`a[href="/admin/matches/${club.match.id}/orders"]`);
    await page.waitForSelector('[data-order]');
    expect(await page.$$eval('tr[data-order]', (rows) => rows.length)).toBe(2);
    const list = await page.textContent('table.data');
    for (const order of api.items) {
      expect(list).toContain(order.buyer.displayName);
      expect(list).toContain(order.buyer.email);
    }
    expect(await page.textContent('[data-total=orders]')).toBe(String(api.totals.orders));
    expect(await page.textContent('[data-total=seats]')).toBe(String(api.totals.seats));
    expect(plain(await page.textContent('[data-revenue=EUR]'))).toBe('45,00 €');
    expect(plain(await page.textContent('[data-match-title]'))).toContain('FC Uccle Sport');
    await shoot(page, 'orders');

    // Refunded only: none yet, the empty state says so and the totals drop to zero.
    await page.click('mat-select[name=status]');
    await page.click('mat-option[data-status=refunded]');
    await page.waitForSelector('app-state [role=status]:has-text("Aucune commande")');
    expect(await page.textContent('[data-total=orders]')).toBe('0');
    await shoot(page, 'orders-empty');
    // English is complete on this page too.
    await page.click('mat-button-toggle[value=en] button');
    await page.waitForSelector('h1:has-text("Orders and buyers")');
    expect(await page.textContent('app-state [role=status]')).toContain('No order with this status');
    expect(await page.textContent('.cards')).toContain('Revenue');

    const other = await c.browser.newPage({ viewport: DESKTOP });
    await consoleLogin(other, c.url, outsider.user.username, PASSWORD, `matches/${club.match.id}/orders`);
    await other.waitForSelector('app-state [role=alert]');
    const seen = await other.textContent('app-shell main');
    expect(seen).not.toContain(first.buyer.user.email);
    expect(seen).not.toContain('FC Uccle Sport');
    expect(await other.$$('[data-order], [data-total]')).toHaveLength(0);
    await shoot(other, 'orders-other-club');
  });

  it("lets an organizer edit a match: the API's field error shows on its field, the new opponent and competition in the list, the kickoff untouched", async () => {
    const club = await sellingClub(c.url, c.fake, 20);
    const admin = await adminSession(c.url);
    const league = bodyOf<{ id: string; name: string }>(
      await request(c.url)
        .post(`${API}/competitions`)
        .set(bearer(admin))
        .send({ name: `Provinciale ${Date.now()}`, country: 'BE' })
        .expect(201),
    );
    const kickoffBefore = bodyOf<MatchView>(await request(c.url).get(`${API}/matches/${club.match.id}`).expect(200)).kickoffAt;
    const page = await c.browser.newPage({ viewport: DESKTOP });
    await consoleLogin(page, c.url, club.organizer.user.username, PASSWORD, 'matches');
    const row = `tr[data-match="${club.match.id}"]`;
    await page.click(`${row} [data-edit]`);
    await page.waitForSelector('[data-edit-match] input[name=editOpponent]');
    expect(await page.inputValue('input[name=editOpponent]')).toBe('FC Uccle Sport');

    await page.fill('input[name=editKickoffDay]', '04/01/2020');
    await page.click('[data-edit-match] button[type=submit]');
    await page.waitForSelector('[data-edit-match] mat-hint.error:has-text("kickoffAt must be in the future")');
    await shoot(page, 'match-edit-error');
    // The shell scrolls inside: a full-page shot at 360 px stops at the viewport, so the form is shot on its own too.
    await resize(page, PHONE);
    await page.locator('[data-edit-match]').screenshot({ path: join(SHOTS, 'match-edit-error-form-360.png') });
    await page.click('[data-edit-match] button:has-text("Annuler")');

    await page.click(`${row} [data-edit]`);
    await page.fill('input[name=editOpponent]', 'K. Sporting Hasselt');
    await page.click('[data-edit-match] mat-select[name=editCompetition]');
    await page.click(`mat-option:has-text("${league.name}")`);
    await page.click('[data-edit-match] button[type=submit]');
    await page.waitForSelector(`${row} td:has-text("K. Sporting Hasselt")`);
    expect(await page.textContent(row)).toContain(league.name);
    expect(await page.$('[data-edit-match]')).toBeNull();
    const match = bodyOf<MatchView>(await request(c.url).get(`${API}/matches/${club.match.id}`).expect(200));
    expect(match).toMatchObject({ opponent: 'K. Sporting Hasselt', competition: { id: league.id }, kickoffAt: kickoffBefore });
    await shoot(page, 'match-edited');

    // "No competition" takes the match out of it (the console sends competitionId: null).
    await page.click(`${row} [data-edit]`);
    await page.click('[data-edit-match] mat-select[name=editCompetition]');
    await page.click('mat-option[data-competition=none]');
    await page.click('[data-edit-match] button[type=submit]');
    await page.waitForSelector('[data-edit-match]', { state: 'detached' });
    expect(bodyOf<MatchView>(await request(c.url).get(`${API}/matches/${club.match.id}`).expect(200)).competition).toBeNull();
  });

  it("lets an organizer change one match's price and seats on sale per stand, never below the seats already taken", async () => {
    const club = await sellingClub(c.url, c.fake, 20);
    await buySeats(c.url, c.fake, club.match.id, club.stand.id, 3);
    const page = await c.browser.newPage({ viewport: DESKTOP });
    await consoleLogin(page, c.url, club.organizer.user.username, PASSWORD, 'matches');
    const row = `tr[data-match="${club.match.id}"]`;
    const stand = `[data-edit-match] [data-stand="${club.stand.id}"]`;
    await page.click(`${row} [data-edit]`);
    await page.waitForSelector(stand);
    expect(await page.inputValue(`${stand} input[name^=price]`)).toBe('15');
    expect(await page.inputValue(`${stand} input[name^=quota]`)).toBe('20');
    expect(await page.textContent(stand)).toContain('3 déjà réservées ou vendues');

    await page.fill(`${stand} input[name^=quota]`, '2');
    await page.click('[data-edit-match] button[type=submit]');
    await page.waitForSelector(`${stand} mat-hint.error:has-text("below the seats already held or sold")`);
    // Said in the console's language, not in the API's English detail.
    expect(await page.textContent('[data-edit-match] [role=alert]')).toContain('le nombre de places en vente ne peut pas descendre en dessous');
    expect(bodyOf<MatchView>(await request(c.url).get(`${API}/matches/${club.match.id}`).expect(200)).stands[0]).toMatchObject({ quota: 20, remaining: 17 });
    await shoot(page, 'match-edit-stands-error', '[data-edit-match]');

    await page.fill(`${stand} input[name^=price]`, '12.5');
    await page.fill(`${stand} input[name^=quota]`, '10');
    await page.click('[data-edit-match] button[type=submit]');
    await page.waitForSelector('[data-edit-match]', { state: 'detached' });
    expect(bodyOf<MatchView>(await request(c.url).get(`${API}/matches/${club.match.id}`).expect(200)).stands[0]).toMatchObject({
      price: { amount: 1250, currency: 'EUR' },
      quota: 10,
      remaining: 7,
    });
    expect(plain(await page.textContent(row))).toContain('7 / 10');
  });

  it('pages through more orders than one page holds, the totals counting them all', async () => {
    const club = await sellingClub(c.url, c.fake, 30);
    await Promise.all(Array.from({ length: 21 }, () => buySeats(c.url, c.fake, club.match.id, club.stand.id, 1)));
    const page = await c.browser.newPage({ viewport: DESKTOP });
    await consoleLogin(page, c.url, club.organizer.user.username, PASSWORD, `matches/${club.match.id}/orders`);
    await page.waitForSelector('[data-order]');
    expect(await page.$$eval('tr[data-order]', (rows) => rows.length)).toBe(20);
    expect(plain(await page.textContent('.pager'))).toContain('Page 1 sur 2');
    const firstPage = await page.$$eval('tr[data-order]', (rows) => rows.map((row) => row.getAttribute('data-order')));
    await page.click('.pager button:has-text("Suivant")');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-order]').length === 1);
    expect(plain(await page.textContent('.pager'))).toContain('Page 2 sur 2');
    expect(await page.isDisabled('.pager button:has-text("Suivant")')).toBe(true);
    const last = await page.getAttribute('tr[data-order]', 'data-order');
    expect(firstPage).not.toContain(last);
    expect(await page.textContent('[data-total=orders]')).toBe('21');
    await page.click('.pager button:has-text("Précédent")');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-order]').length === 20);
  });
});
