/// <reference lib="dom" />
// resize() waits on a function that runs in the browser, hence the DOM types.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CONSOLE_DIST } from '@guichet/common';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import { stripeEnv } from '../support/selling-club';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const CHROMIUM = '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** A free loopback port, so that PUBLIC_URL is the origin the browser really uses (the session routes check it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ConsoleApp {
  t: TestApp;
  fake: FakeStripe;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** The real app serving the built console (`npm run build` builds it; `npm test` builds before the e2e specs). */
export async function startConsoleApp(): Promise<ConsoleApp> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error(`The console is not built (${CONSOLE_DIST}): run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium (.ci/run does it)');
  const fake = await startFakeStripe();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await startTestApp({
    ...stripeEnv(fake),
    PORT: String(port),
    PUBLIC_URL: url,
    MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237 6 70 00 00 00',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
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

/** `2026-03-14` as typed in the console's day fields, in French and English alike: `14/03/2026`. */
export const typedDay = (isoDay: string): string => isoDay.split('-').reverse().join('/');

/** Logs in through the console's form and waits for the shell. */
export async function consoleLogin(page: Page, url: string, login: string, password: string, path = ''): Promise<void> {
  await page.goto(`${url}/admin/${path}`);
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('app-shell main h1');
}

/** The shell's breakpoint (`layout/shell.ts`): from this width the menu is a side column, below it a drawer. */
const WIDE = 900;

/**
 * Sets the viewport and waits until the shell has laid itself out for it: the menu in the new mode and no
 * transition running. Clicking earlier can land where a button was before the layout moved it.
 */
export async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForFunction((wide) => {
    const drawer = document.querySelector('mat-sidenav');
    if (drawer && !drawer.classList.contains(wide ? 'mat-drawer-side' : 'mat-drawer-over')) return false;
    // Finite animations only: a spinner turns for ever.
    return document.getAnimations().every((animation) => animation.effect?.getTiming().iterations === Infinity);
  }, size.width >= WIDE);
}

/**
 * Screenshots at phone then desktop width in /tmp/shots/<folder>, for a person to look at; the page is left
 * at desktop width. The console scrolls inside its shell, so a full-page shot shows one screen: `focus`
 * picks which part.
 */
export function shooter(folder: string) {
  return async (page: Page, name: string, focus?: string): Promise<void> => {
    await atEachWidth(page, folder, async (path) => {
      // Images and charts finish drawing.
      await page.waitForTimeout(400);
      if (focus) await page.locator(focus).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path(name), fullPage: true });
    });
  };
}

/**
 * Like shooter, for a popup (a calendar, a list of times): opened anew at each width, as a person would open it
 * there (one opened on a desktop and then resized is not where a phone puts it), then closed with Escape.
 */
export function popupShooter(folder: string) {
  return async (page: Page, name: string, open: () => Promise<void>): Promise<void> => {
    await atEachWidth(page, folder, async (path) => {
      await open();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path(name) });
      await page.keyboard.press('Escape');
    });
  };
}

/** Runs `shot` at phone then desktop width, with where its picture goes (/tmp/shots/<folder>/<name>-<width>.png). */
async function atEachWidth(page: Page, folder: string, shot: (path: (name: string) => string) => Promise<void>): Promise<void> {
  const dir = join('/tmp/shots', folder);
  mkdirSync(dir, { recursive: true });
  for (const [label, size] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await resize(page, size);
    await shot((name) => join(dir, `${name}-${label}.png`));
  }
}

export const shoot = shooter('console');
