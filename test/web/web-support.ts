/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import { stripeEnv } from '../support/selling-club';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = '/tmp/shots/web';
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** A free loopback port, so that PUBLIC_URL can be the origin the browser really uses (CSRF checks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface WebApp {
  t: TestApp;
  fake: FakeStripe;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export async function startWebApp(overrides: Record<string, string> = {}): Promise<WebApp> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
  const fake = await startFakeStripe();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await startTestApp({
    ...stripeEnv(fake),
    PORT: String(port),
    PUBLIC_URL: url,
    MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237 6 70 00 00 00,Orange Money:+237 6 90 00 00 00',
    ...overrides,
  });
  const browser = await launchChromium();
  return {
    t,
    fake,
    browser,
    url,
    async close() {
      await browser.close();
      await t.close();
      await fake.close();
    },
  };
}

/** A phone: 360×740, French first as a Brussels supporter's phone would ask. */
export async function phone(browser: Browser, locale = 'fr-BE', serviceWorkers: 'allow' | 'block' = 'allow'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale, serviceWorkers, extraHTTPHeaders: { 'Accept-Language': `${locale},fr;q=0.9` } });
  const page = await context.newPage();
  return { context, page };
}

/** Elements wider than the viewport (what makes a phone page scroll sideways), named for the failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((element) => element.getBoundingClientRect().right > width + 1);
    return wide.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}px`);
  });
}

/**
 * Screenshots at phone and desktop width, for a person to look at; and at 360 px nothing may stick out
 * sideways (a page that scrolls horizontally hides its buttons on a phone).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  expect({ page: name, overflowing: await overflowing(page) }).toEqual({ page: name, overflowing: [] });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize(PHONE);
}

/** Bytes Chromium received for one navigation (document, CSS, JS), images excluded as the budget says. */
export async function pageWeight(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    if (types.get(event.requestId) !== 'Image') bytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  return bytes;
}

export async function registerInBrowser(page: Page, url: string, username: string, password = 'correct-horse-battery'): Promise<void> {
  await page.goto(`${url}/register`);
  await page.fill('#f-email', `${username}@example.org`);
  await page.fill('#f-username', username);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit].btn')]);
  if (new URL(page.url()).pathname.startsWith('/register')) throw new Error(`registration refused: ${await page.textContent('main')}`);
}
