/// <reference lib="dom" />
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import type { WebApp } from './web-support';
import { phone, startWebApp } from './web-support';

/** Chromium's network emulation: 400 kbit/s both ways, 400 ms latency (a phone near a full stadium). */
const SLOW = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** A page must be usable (HTML, CSS and the deferred script in: DOMContentLoaded) within this, cold cache. */
const USABLE_WITHIN_MS = 5000;

jest.setTimeout(180_000);

describe('pages on a slow phone network', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await startWebApp();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('makes /, a match page and the tickets page usable within 5 s at 400 kbit/s and 400 ms latency', async () => {
    const club = await sellingClub(w.url, w.fake, 20);
    const { buyer } = await buySeats(w.url, w.fake, club.match.id, club.stand.id, 2);
    // No service worker: this measures the network, not the offline copy.
    const { context, page } = await phone(w.browser, 'fr-BE', 'block');
    await page.goto(`${w.url}/login`);
    await page.fill('#f-login', buyer.user.username);
    await page.fill('#f-password', 'correct-horse-battery');
    await Promise.all([page.waitForURL(`${w.url}/`), page.click('button:has-text("Se connecter")')]);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    const rows: string[] = [];
    const types = new Map<string, string>();
    let bytes = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      if (types.get(event.requestId) !== 'Image') bytes += event.encodedDataLength;
    });
    for (const path of ['/', `/matches/${club.match.id}`, '/me/tickets']) {
      await cdp.send('Network.clearBrowserCache');
      bytes = 0;
      const started = Date.now();
      await page.goto(`${w.url}${path}`, { waitUntil: 'load' });
      const loaded = Date.now() - started;
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { domContentLoaded: nav.domContentLoadedEventEnd };
      });
      rows.push(
        `| ${path.startsWith('/matches') ? '/matches/{id}' : path} | ${(bytes / 1024).toFixed(1)} | ${Math.round(timing.domContentLoaded)} | ${loaded} |`,
      );
      expect(bytes).toBeLessThan(100 * 1024);
      expect(timing.domContentLoaded).toBeLessThan(USABLE_WITHIN_MS);
    }
    expect(await page.locator('li.ticket').count()).toBe(2);
    process.stdout.write(`\n| page | transferred, cold (KB) | DOMContentLoaded (ms) | load (ms) |\n|---|---|---|---|\n${rows.join('\n')}\n`);
    await context.close();
  });
});
