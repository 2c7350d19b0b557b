/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { bearer, registerOrganizer } from '../support/accounts';
import { adminSession } from '../support/content/catalogue';
import { registerGate } from '../support/access/entrance';
import { FakeGateSocket } from '../support/access/gate-socket-client';
import { eventually } from '../support/eventually';
import { buySeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import type { ConsoleApp } from './console-support';
import { consoleLogin, shoot, startConsoleApp } from './console-support';
import { listenLive } from './console-live-support';

const API = '/api/v1';

describe('the console hears the entrance live (server-sent events)', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  jest.setTimeout(120_000);

  it('moves the attendance count when a ticket is scanned, without reload or poll; another club hears nothing', async () => {
    const club = await sellingClub(c.url, c.fake, 5);
    const { tickets } = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 2);
    const stranger = await registerOrganizer(c.url);
    // Another club's organizer may not open this club's stream, and theirs stays silent about it.
    expect((await listenLive(c.url, club.organizer.club.id, stranger.accessToken)).status).toBe(403);
    // An admin may listen to any club, but a club that does not exist answers 404 rather than a stream open for ever.
    const admin = await adminSession(c.url);
    expect((await listenLive(c.url, '00000000-0000-4000-8000-000000000000', admin.accessToken)).status).toBe(404);
    const adminStream = await listenLive(c.url, club.organizer.club.id, admin.accessToken);
    expect(adminStream.status).toBe(200);
    adminStream.close();
    const strangers = await listenLive(c.url, stranger.club.id, stranger.accessToken);
    const ours = await listenLive(c.url, club.organizer.club.id, club.organizer.accessToken);
    await eventually(
      () => Promise.resolve(strangers.heard.some((event) => event.type === 'ready') && ours.heard.some((event) => event.type === 'ready')),
      10_000,
      'both streams ready',
    );

    const watcher = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(watcher, c.url, club.organizer.user.username, 'correct-horse-battery', `matches/${club.match.id}/attendance`);
    await watcher.waitForSelector('[data-live=on]');
    await watcher.waitForFunction(() => document.querySelector('[data-total=sold]')?.textContent === '2');
    expect(await watcher.textContent('[data-total=checkedIn]')).toBe('0');
    expect(await watcher.textContent('[data-live]')).toContain('En direct');
    // A page reload would drop this marker; the fallback poll (30 s) is far slower than what we wait for.
    await watcher.evaluate(() => Object.assign(window, { sameDocument: true }));

    const started = Date.now();
    await request(c.url).post(`${API}/access/scan`).set(bearer(club.organizer)).send({ code: tickets[0].code }).expect(200);
    await watcher.waitForFunction(() => document.querySelector('[data-total=checkedIn]')?.textContent === '1', undefined, { timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await watcher.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await watcher.textContent('table.data tbody')).toMatch(/1\s*2/);
    await shoot(watcher, 'attendance-live');

    await eventually(() => Promise.resolve(ours.heard.some((event) => event.type === 'attendance')), 5000, 'our attendance event');
    expect(ours.heard.find((event) => event.type === 'attendance')?.data).toEqual({ matchId: club.match.id });
    // Our own stream has had the event for a while: the stranger's, on the same bus, would have too.
    expect(strangers.heard.filter((event) => event.type !== 'ready' && event.type !== 'ping')).toEqual([]);
    ours.close();
    strangers.close();
    await watcher.close();
  });

  it('moves the sold count when a buyer pays for seats, without reload or poll', async () => {
    const club = await sellingClub(c.url, c.fake, 10);
    await buySeats(c.url, c.fake, club.match.id, club.stand.id, 1);
    const page = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(page, c.url, club.organizer.user.username, 'correct-horse-battery', `matches/${club.match.id}/attendance`);
    await page.waitForSelector('[data-live=on]');
    await page.waitForFunction(() => document.querySelector('[data-total=sold]')?.textContent === '1');
    // A page reload would drop this marker; while live, the screen reloads on its own only every 5 minutes.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await buySeats(c.url, c.fake, club.match.id, club.stand.id, 3);
    // buySeats returns once it has seen the order fulfilled: by then the screen has had its event, or has it within a second or two.
    const paid = Date.now();
    await page.waitForFunction(() => document.querySelector('[data-total=sold]')?.textContent === '4', undefined, { timeout: 10_000 });
    expect(Date.now() - paid).toBeLessThan(3000);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.textContent('table.data tbody')).toMatch(/0\s*4/);
    await page.close();
  });

  it('hears the entries a gate uploads after running offline, once they are applied', async () => {
    const club = await sellingClub(c.url, c.fake, 5);
    const { tickets } = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 2);
    const registered = await registerGate(c.url, club.organizer);
    const ours = await listenLive(c.url, club.organizer.club.id, club.organizer.accessToken);
    await eventually(() => Promise.resolve(ours.heard.some((event) => event.type === 'ready')), 10_000, 'the stream ready');
    const heardAttendance = () => ours.heard.filter((event) => event.type === 'attendance');
    const uploadOffline = (code: string, result: string) =>
      request(c.url)
        .post(`${API}/gates/${registered.gate.id}/scans`)
        .set('x-gate-key', registered.deviceKey)
        .send({ scans: [{ nonce: randomUUID(), code, scannedAt: new Date().toISOString(), result }] })
        .expect(200);
    // A scan the gate refused offline lets nobody in: nothing to recount.
    await uploadOffline(tickets[1].code, 'invalid');
    await uploadOffline(tickets[0].code, 'ok');
    await eventually(() => Promise.resolve(heardAttendance().length > 0), 5000, 'the attendance event');
    expect(heardAttendance().map((event) => event.data)).toEqual([{ matchId: club.match.id }]);
    const attendance = await request(c.url).get(`${API}/matches/${club.match.id}/attendance`).set(bearer(club.organizer)).expect(200);
    expect(attendance.body).toMatchObject({ sold: 2, checkedIn: 1 });
    ours.close();
  });

  it('ends a stream when the access token that opened it expires', async () => {
    const organizer = await registerOrganizer(c.url);
    // The same token the API issues at login, only living 3 s instead of minutes.
    const shortLived = await c.t.app.get(JwtService).signAsync({ sub: organizer.user.id, role: 'organizer', clubId: organizer.club.id }, { expiresIn: 3 });
    const opened = Date.now();
    const stream = await listenLive(c.url, organizer.club.id, shortLived);
    expect(stream.status).toBe(200);
    expect(await stream.ended).toBe(true);
    expect(Date.now() - opened).toBeLessThan(10_000);
    expect(stream.heard.some((event) => event.type === 'ready')).toBe(true);
  });

  it('falls back to a slow poll while the stream cannot be opened, and goes live again once it can', async () => {
    const club = await sellingClub(c.url, c.fake, 5);
    const { tickets } = await buySeats(c.url, c.fake, club.match.id, club.stand.id, 1);
    const page = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The network between the console and the stream fails; everything else works.
    await page.route('**/live', (route) => route.abort('connectionreset'));
    await consoleLogin(page, c.url, club.organizer.user.username, 'correct-horse-battery', `matches/${club.match.id}/attendance`);
    await page.waitForSelector('[data-live=off]');
    expect(await page.textContent('[data-live]')).toContain('mise à jour toutes les 30 secondes');
    await page.waitForFunction(() => document.querySelector('[data-total=sold]')?.textContent === '1');
    await shoot(page, 'attendance-offline');
    await request(c.url).post(`${API}/access/scan`).set(bearer(club.organizer)).send({ code: tickets[0].code }).expect(200);
    await page.waitForFunction(() => document.querySelector('[data-total=checkedIn]')?.textContent === '1', undefined, { timeout: 45_000 });

    await page.unroute('**/live');
    await page.waitForSelector('[data-live=on]', { timeout: 45_000 });
    await page.close();
  });

  it('shows a gate going online, its door state and going offline on the gates screen as it happens', async () => {
    const organizer = await registerOrganizer(c.url);
    const { gate, deviceKey } = await registerGate(c.url, { ...organizer, club: { id: organizer.club.id, name: 'club' } }, 'Portique Sud');
    const page = await c.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await consoleLogin(page, c.url, organizer.user.username, 'correct-horse-battery', 'gates');
    await page.waitForSelector('[data-live=on]');
    const row = page.locator('tr', { hasText: 'Portique Sud' });
    await row.locator('.badge.bad').waitFor();
    expect(await row.textContent()).toContain('Hors ligne');
    await shoot(page, 'gates-offline');

    const socket = await FakeGateSocket.connect(c.url, gate.id, deviceKey);
    await row.locator('.badge.ok').waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('En ligne');
    socket.socket.emit('status', { doorState: 'open', sensorCm: 40 });
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('tr')).some((tr) => tr.textContent?.includes('Portique Sud') && tr.textContent.includes('Ouverte')),
      undefined,
      { timeout: 15_000 },
    );
    await shoot(page, 'gates-online');
    await page.click('mat-button-toggle[value=en] button');
    await page.waitForFunction(() => document.querySelector('app-shell h1')?.textContent === 'Gates');
    expect(await page.textContent('[data-live]')).toContain('Live: changes show as they happen.');
    expect(await row.textContent()).toMatch(/Online.*Open/);
    await shoot(page, 'gates-online-en');
    await page.click('mat-button-toggle[value=fr] button');
    await page.waitForFunction(() => document.querySelector('app-shell h1')?.textContent === 'Portiques');

    socket.close();
    await row.locator('.badge.bad').waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('Hors ligne');
    await page.close();
  });
});
