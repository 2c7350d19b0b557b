/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { bearer, registerCustomer, registerOrganizer } from '../support/accounts';
import type { Organizer } from '../support/club-fixtures';
import { createStand } from '../support/club-fixtures';
import { adminSession, API, createFilm } from '../support/content/catalogue';
import { TEST_ADMIN } from '../support/test-app';
import { provedFilmPurchase } from './console-purchases';
import type { ConsoleApp } from './console-support';
import { consoleLogin, DESKTOP, PHONE, resize, startConsoleApp } from './console-support';

const SHOTS = '/tmp/shots/console-a11y';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[]; passes: unknown[] }> };

/** Runs axe-core (WCAG 2.1 A/AA and best-practice rules) in the page; the serious and critical findings, readable in a failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Settled first: an error fading in is measured at its final colour, not half transparent.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.effect?.getTiming().iterations === Infinity));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const { violations, passes } = await page.evaluate(async () => {
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return { violations: results.violations, passes: results.passes.length };
  });
  // axe really looked at the page (contrast, names, labels, landmarks... passed), it did not just find nothing to check.
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The console's CSP refuses inline scripts (as it should); the test page lets the injected axe-core run. */
const auditedPage = (c: ConsoleApp) => c.browser.newPage({ viewport: DESKTOP, bypassCSP: true });

describe('the console is accessible (axe-core in Chromium)', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
    mkdirSync(SHOTS, { recursive: true });
    // A paid (approved) film purchase, so that the tables and the green "paid" badges are on screen to be checked.
    const admin = await adminSession(c.url);
    const film = await createFilm(c.url, admin, { title: `Audited ${Date.now()}` });
    const purchase = await provedFilmPurchase(c.url, await registerCustomer(c.url), film.id);
    await request(c.url).post(`${API}/admin/payments/${purchase.paymentId}/approve`).set(bearer(admin)).expect(200);
  });
  afterAll(() => c?.close());

  jest.setTimeout(120_000);

  it('has no serious or critical violation on the dashboard, on a desktop and on a phone', async () => {
    const page = await auditedPage(c);
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'dashboard');
    await page.waitForSelector('[data-count=films] .stat-value');
    await page.waitForSelector('#revenue-chart');
    await page.waitForSelector('table .badge.ok');
    expect(await seriousViolations(page)).toEqual([]);
    await resize(page, PHONE);
    await page.waitForSelector('app-shell mat-toolbar button[aria-label]');
    expect(await seriousViolations(page)).toEqual([]);
    // The latest transactions, stacked as cards on a phone (a person looks at this one).
    await page.locator('table.stack').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'dashboard-latest-360.png') });
  });

  it('has no serious or critical violation on the review queue with a payment in it', async () => {
    const admin = await adminSession(c.url);
    const film = await createFilm(c.url, admin, { title: `Accessible ${Date.now()}` });
    const purchase = await provedFilmPurchase(c.url, await registerCustomer(c.url), film.id);

    const page = await auditedPage(c);
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'payments');
    await page.waitForSelector(`[data-payment="${purchase.paymentId}"] img`);
    expect(await seriousViolations(page)).toEqual([]);
    await resize(page, PHONE);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has no serious or critical violation on the admin lists: transactions, customers, competitions, clubs, failed mails', async () => {
    const page = await auditedPage(c);
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'transactions');
    for (const [path, ready] of [
      ['transactions', 'table .badge.ok'],
      ['customers', 'input[name=q]'],
      ['competitions', 'input[name=name]'],
      ['clubs', 'input[name=q]'],
      ['mail', '[data-count=failed]'],
    ] as const) {
      await page.goto(`${c.url}/admin/${path}`);
      await page.waitForSelector(ready);
      // Wait for the list request to settle (table, empty state or error), not for a fixed time.
      await page.waitForFunction(() => !document.querySelector('app-state .loading'));
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
  });

  it("has no serious or critical violation on an organizer's match form: its errors, its calendar and its time list open", async () => {
    const organizer = (await registerOrganizer(c.url)) as Organizer;
    await createStand(c.url, organizer);
    const page = await auditedPage(c);
    await consoleLogin(page, c.url, organizer.user.username, 'correct-horse-battery', 'matches');
    await page.waitForSelector('input[name=kickoffDay]');
    await page.waitForFunction(() => !document.querySelector('app-state .loading'));
    expect(await seriousViolations(page)).toEqual([]);
    // Refused day and time: the errors are read with their fields.
    await page.fill('input[name=opponent]', 'RAQM Ganshoren');
    await page.click('mat-checkbox label');
    await page.fill('input[name=kickoffDay]', '31/02/2030');
    await page.fill('input[name=kickoffTime]', '25:00');
    await page.click('form button[type=submit]');
    await page.waitForSelector('mat-form-field:has(input[name=kickoffTime]) mat-error');
    expect(await seriousViolations(page)).toEqual([]);
    await resize(page, PHONE);
    await page.click('mat-form-field:has(input[name=kickoffDay]) mat-datepicker-toggle button');
    await page.waitForSelector('mat-calendar');
    // Angular Material's own calendar header: its month button is named by its action (« Choisir le mois et l’année »,
    // translated here), the month it shows being its description; axe wants the visible month in the name.
    const upstream =
      'serious label-content-name-mismatch: Elements must have their visible text as part of their accessible name — .mat-calendar-period-button';
    expect((await seriousViolations(page)).filter((violation) => violation !== upstream)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('mat-form-field:has(input[name=kickoffTime]) mat-timepicker-toggle button');
    await page.waitForSelector('mat-option');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
