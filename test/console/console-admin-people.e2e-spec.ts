/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { bearer, login, registerOrganizer } from '../support/accounts';
import { adminSession, API, createEpisode, createFilm, createSeason, createSeries } from '../support/content/catalogue';
import { eventually } from '../support/eventually';
import { TEST_ADMIN } from '../support/test-app';
import type { ConsoleApp } from './console-support';
import { consoleLogin, DESKTOP, PHONE, resize, shooter, startConsoleApp } from './console-support';

const shoot = shooter('console-admin-people');

describe('the console for the people side: customers and failed mails', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  it('finds a customer by searching, resets the password (shown once, and it works), assigns a film that reaches the library', async () => {
    const admin = await adminSession(c.url);
    const suffix = randomBytes(3).toString('hex');
    const displayName = `Awa Ndiaye ${suffix}`;
    const created = (await request(c.url).post(`${API}/admin/customers`).set(bearer(admin)).send({ displayName, phone: '+237 670000000' }).expect(201))
      .body as {
      user: { id: string };
      username: string;
      password: string;
    };
    const film = await createFilm(c.url, admin, { title: `Mami Wata ${suffix}` });

    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'customers');
    // Accents and case do not matter to the search.
    await page.fill('input[name=q]', `awa ndiaye ${suffix}`.toUpperCase());
    const row = page.locator(`tr[data-customer="${created.username}"]`);
    await row.waitFor();
    expect(await page.locator('table[aria-label=customers] tbody tr').count()).toBe(1);
    await shoot(page, 'customers-search', 'table');

    await row.getByRole('button', { name: 'Nouveau mot de passe' }).click();
    const shown = page.locator('[data-secret=new-password]');
    await shown.waitFor();
    const newPassword = (await shown.textContent())?.trim() ?? '';
    expect(newPassword).not.toBe(created.password);
    expect(newPassword.length).toBeGreaterThanOrEqual(12);
    await page.getByText('Mot de passe réinitialisé').waitFor();
    await shoot(page, 'customers-reset', '[data-secret=new-password]');
    await request(c.url).post(`${API}/auth/login`).send({ login: created.username, password: created.password }).expect(401);
    const customer = await login(c.url, created.username, newPassword);
    // Shown once: leaving and coming back does not show it again.
    await page.reload();
    await page.fill('input[name=q]', suffix);
    await row.waitFor();
    expect(await page.locator('[data-secret=new-password]').count()).toBe(0);

    await row.getByRole('button', { name: 'Attribuer un contenu' }).click();
    const assign = page.locator('section[aria-label=assign]');
    await assign.waitFor();
    // The choices are the films matching the search: wait for that answer (a loaded machine may take a while).
    const searched = page.waitForResponse((response) => response.url().includes('/api/v1/films?') && response.url().includes(suffix), { timeout: 60_000 });
    await assign.locator('input[name=contentQ]').fill(`Mami Wata ${suffix}`);
    await searched;
    await assign.locator('mat-select[name=contentId]').click();
    await page.getByRole('option', { name: `Mami Wata ${suffix}` }).click();
    await assign.getByRole('button', { name: 'Attribuer un contenu' }).click();
    await page.getByText('Contenu attribué').waitFor();
    await shoot(page, 'customers-assigned', 'section[aria-label=assign]');
    const library = await request(c.url).get(`${API}/me/library`).set(bearer(customer)).expect(200);
    expect(JSON.stringify(library.body)).toContain(film.id);

    // An episode: pick its series, then the episode, no id typed.
    const series = await createSeries(c.url, admin, { title: `Sakho ${suffix}` });
    const season = await createSeason(c.url, admin, series.id, 1);
    const episode = await createEpisode(c.url, admin, season.id, 1, { title: `Pilote ${suffix}` });
    await assign.locator('mat-select[name=contentType]').click();
    await page.getByRole('option', { name: 'Épisode' }).click();
    await assign.locator('input[name=contentQ]').fill(`Sakho ${suffix}`);
    await assign.locator('mat-select[name=seriesId]').click();
    await page.getByRole('option', { name: `Sakho ${suffix}` }).click();
    await assign.locator('mat-select[name=contentId]').click();
    await page.getByRole('option', { name: `S1E1 · Pilote ${suffix}` }).click();
    await assign.getByRole('button', { name: 'Attribuer un contenu' }).click();
    // The film's confirmation may still be on screen: the library is what proves the episode was given.
    await eventually(
      async () => JSON.stringify((await request(c.url).get(`${API}/me/library`).set(bearer(customer)).expect(200)).body).includes(episode.id),
      20_000,
      'the episode in the library',
    );
    await page.getByText('Contenu attribué').waitFor();
    await shoot(page, 'customers-assigned-episode', 'section[aria-label=assign]');
    expect(errors).toEqual([]);
  });

  it('creates a customer from the form: the generated credentials are shown once, copy, and log in', async () => {
    const suffix = randomBytes(3).toString('hex');
    const context = await c.browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: c.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'customers');
    await page.fill('input[name=displayName]', `Jean-Paul Mbarga ${suffix}`);
    await page.fill('input[name=email]', 'not-an-email');
    await page.click('form button[type=submit]');
    await page.locator('p.error[role=alert]').waitFor();
    expect(await page.locator('mat-hint.error').textContent()).toMatch(/email/);
    await page.fill('input[name=email]', `jp.${suffix}@example.org`);
    await page.click('form button[type=submit]');
    await page.getByText('Client créé.').waitFor();
    const username = (await page.textContent('[data-secret=username]'))?.trim() ?? '';
    const password = (await page.textContent('[data-secret=password]'))?.trim() ?? '';
    await shoot(page, 'customers-created', '[data-secret=password]');
    await resize(page, PHONE);
    await page.locator('.credentials button').nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
    const session = await login(c.url, username, password);
    expect(session.user).toMatchObject({ role: 'customer', email: `jp.${suffix}@example.org` });
    // Shown once: after a reload the password is gone from the screen.
    await page.reload();
    await page.waitForSelector('input[name=displayName]');
    expect(await page.locator('[data-secret=password]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists a mail the SMTP server refused until it gave up, and retrying it delivers it', async () => {
    const organizer = await registerOrganizer(c.url);
    const invitee = `benevole.${randomBytes(3).toString('hex')}@example.org`;
    c.t.smtp.refuse = true;
    try {
      await request(c.url).post(`${API}/clubs/${organizer.club.id}/invitations`).set(bearer(organizer)).send({ email: invitee }).expect(201);
      const admin = await adminSession(c.url);
      await eventually(
        async () => {
          const failed = await request(c.url).get(`${API}/admin/mail/failed`).set(bearer(admin)).expect(200);
          return (failed.body as { items: { to: string }[] }).items.some((mail) => mail.to.includes(invitee));
        },
        30_000,
        'the invitation mail to be given up',
      );
    } finally {
      c.t.smtp.refuse = false;
    }

    const page = await c.browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The dashboard counts it and leads to the list.
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'dashboard');
    const card = page.locator('[data-count=failedMails]');
    await card.waitFor();
    expect(Number(await card.locator('.stat-value').textContent())).toBeGreaterThanOrEqual(1);
    await card.click();
    await page.waitForSelector('h1:has-text("E-mails en échec")');
    const row = page.locator('table[aria-label="failed mails"] tr', { hasText: invitee });
    await row.waitFor();
    expect(Number(await page.textContent('[data-count=failed] .stat-value'))).toBeGreaterThanOrEqual(1);
    await shoot(page, 'mail-failed', 'table[aria-label="failed mails"]');

    await resize(page, PHONE);
    await row.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByText('E-mail remis dans la file d’envoi.').waitFor();
    await eventually(
      () => Promise.resolve(c.t.smtp.messages.some((mail) => mail.to && JSON.stringify(mail.to).includes(invitee))),
      30_000,
      'the retried mail to arrive',
    );
    await eventually(async () => (await row.count()) === 0, 10_000, 'the mail to leave the failed list');
    await shoot(page, 'mail-retried');
    expect(errors).toEqual([]);
  });
});
