/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import request from 'supertest';
import { bearer } from '../support/accounts';
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import type { ConsoleApp } from './console-support';
import { consoleLogin, PHONE, resize, shoot, startConsoleApp } from './console-support';
import { writeCameraVideo } from './console-scanner-camera';

const API = '/api/v1';

describe('the console scanner reads a ticket with the camera', () => {
  let c: ConsoleApp;
  let camera: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'guichet-camera-'));

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(async () => {
    await camera?.close();
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  jest.setTimeout(120_000);

  it('admits the ticket held in front of the camera once, and says already used when it is shown again', async () => {
    const club = await sellingClub(c.url, c.fake, 5);
    const { buyer, tickets } = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 1);
    // The QR exactly as the buyer gets it.
    const png = (await request(c.url).get(`${API}/tickets/${tickets[0].id}/qr.png`).set(bearer(buyer)).buffer(true).expect(200)).body as Buffer;
    const video = join(dir, 'ticket.y4m');
    writeCameraVideo(png, video);
    camera = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });

    const gate = await camera.newPage({ viewport: { width: 360, height: 740 } });
    await consoleLogin(gate, c.url, club.organizer.user.username, 'correct-horse-battery', 'scanner');
    await shoot(gate, 'scanner-camera-idle');
    await resize(gate, PHONE);
    await gate.click('button:has-text("Activer la caméra")');
    await gate.waitForSelector('[data-verdict][data-status=ok]', { timeout: 20_000 });
    expect(await gate.textContent('[data-verdict] .word')).toBe('Entrée autorisée');
    await shoot(gate, 'scanner-camera-admitted');
    const attendance = await request(c.url).get(`${API}/matches/${club.match.id}/attendance`).set(bearer(club.organizer)).expect(200);
    expect((attendance.body as { checkedIn: number }).checkedIn).toBe(1);

    // The same ticket handed back over the fence and shown at the next gate, on another phone.
    const nextGate = await camera.newPage({ viewport: { width: 360, height: 740 } });
    await consoleLogin(nextGate, c.url, club.organizer.user.username, 'correct-horse-battery', 'scanner');
    await nextGate.click('button:has-text("Activer la caméra")');
    await nextGate.waitForSelector('[data-verdict][data-status=already_used]', { timeout: 20_000 });
    expect(await nextGate.textContent('[data-verdict] .word')).toBe('Déjà utilisé');
    expect(await nextGate.textContent('[data-verdict]')).toContain('Utilisé le');
    await shoot(nextGate, 'scanner-camera-already-used');
  });
});
