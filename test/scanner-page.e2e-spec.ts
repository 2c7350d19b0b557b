/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { FakeStripe, startFakeStripe } from './fakes/stripe';
import { buySeats } from './support/paid-order';
import { sellingClub, stripeEnv } from './support/selling-club';
import { startTestApp, TestApp } from './support/test-app';

const CHROMIUM = '/usr/bin/chromium';

describe('staff scanner page in a real browser', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium (.ci/run does it)');
    fake = await startFakeStripe();
    t = await startTestApp(stripeEnv(fake));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fake?.close();
  });

  it('logs staff in, admits a ticket once in green, then refuses it in red with the time it was used', async () => {
    const club = await sellingClub(t.url, fake, 5);
    const { tickets } = await buySeats(t.url, fake, club.match.id, club.stand.id, 1);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto(`${t.url}/scanner`);
    await page.fill('#login', club.organizer.user.username);
    await page.fill('#password', 'correct-horse-battery');
    await page.press('#password', 'Enter');
    await page.waitForSelector('#scan-view:not([hidden])');

    await page.fill('#code', tickets[0].code);
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => document.querySelector('#result')?.classList.contains('ok'));
    expect(await page.textContent('#result-en')).toBe('Admitted');
    const green = await page.$eval('#result', (element) => getComputedStyle(element).backgroundColor);

    await page.fill('#code', tickets[0].code);
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => document.querySelector('#result')?.classList.contains('refused'));
    expect(await page.textContent('#result-en')).toBe('Already used');
    expect(await page.textContent('#result-detail')).toMatch(/à \/ at \d{1,2}:\d{2}/);
    const red = await page.$eval('#result', (element) => getComputedStyle(element).backgroundColor);
    expect(red).not.toBe(green);

    await page.setViewportSize({ width: 400, height: 800 });
    await page.fill('#code', 'not-a-ticket');
    await page.press('#code', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#history li').length === 3);
    expect(await page.textContent('#result-en')).toBe('Unknown ticket');
    expect(errors).toEqual([]);
  });

  it('says so when the login is wrong', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/scanner`);
    await page.fill('#login', 'nobody');
    await page.fill('#password', 'wrong-password');
    await page.press('#password', 'Enter');
    await page.waitForFunction(() => (document.querySelector('#login-error')?.textContent ?? '').length > 0);
    expect(await page.isVisible('#scan-view')).toBe(false);
  });
});
