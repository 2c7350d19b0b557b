/// <reference lib="dom" />
// The callbacks passed to page.* run in the browser, hence the DOM types.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { bearer, registerOrganizer } from '../support/accounts';
import type { Organizer } from '../support/club-fixtures';
import { createMatch, createStand } from '../support/club-fixtures';
import { adminSession, API, createEpisode, createFilm, createSeason, createSeries } from '../support/content/catalogue';
import { sha256 } from '../support/content/files';
import { TEST_ADMIN } from '../support/test-app';
import type { ConsoleApp } from './console-support';
import { consoleLogin, DESKTOP, PHONE, resize, shooter, startConsoleApp } from './console-support';

const shoot = shooter('console-admin-reference');

interface Competition {
  id: string;
  name: string;
}
const competitions = async (url: string): Promise<Competition[]> => (await request(url).get(`${API}/competitions`).expect(200)).body as Competition[];

describe('the console for competitions, clubs and the catalogue export', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  });
  afterAll(() => c?.close());

  jest.setTimeout(120_000);

  it('creates, renames and deletes a competition after confirming; refuses to delete one that matches use, saying why', async () => {
    const admin = await adminSession(c.url);
    const suffix = randomBytes(3).toString('hex');
    const used = (
      await request(c.url)
        .post(`${API}/competitions`)
        .set(bearer(admin))
        .send({ name: `Coupe ${suffix}`, country: 'BE' })
        .expect(201)
    ).body as Competition;
    const organizer = (await registerOrganizer(c.url)) as Organizer;
    const stand = await createStand(c.url, organizer);
    await createMatch(c.url, organizer, [{ standId: stand.id, quota: 10 }], { competitionId: used.id });

    const page = await c.browser.newPage({ viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'dashboard');
    await page.getByRole('link', { name: 'Compétitions' }).click();
    await page.locator(`tr[data-competition="${used.id}"]`).waitFor();

    // Create, with the API's field error first.
    await page.fill('input[name=name]', `Ligue ${suffix}`);
    await page.fill('input[name=country]', 'zz');
    await page.click('form button[type=submit]');
    await page.locator('mat-hint.error').waitFor();
    await page.fill('input[name=country]', 'cm');
    await page.click('form button[type=submit]');
    await page.getByText('Compétition créée.').waitFor();
    const created = (await competitions(c.url)).find((item) => item.name === `Ligue ${suffix}`);
    expect(created).toMatchObject({ country: 'CM' });
    const row = page.locator(`tr[data-competition="${created?.id}"]`);
    await row.waitFor();
    await shoot(page, 'competitions', `tr[data-competition="${created?.id}"]`);

    await resize(page, DESKTOP);
    await row.getByRole('button', { name: 'Renommer' }).click();
    await row.locator('input[name=rename]').fill(`Ligue des Lions ${suffix}`);
    await row.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Compétition renommée.').waitFor();
    expect((await competitions(c.url)).find((item) => item.id === created?.id)?.name).toBe(`Ligue des Lions ${suffix}`);

    // Saying no to the confirmation deletes nothing; yes deletes it.
    const answers: string[] = [];
    page.once('dialog', (dialog) => {
      answers.push(dialog.message());
      void dialog.dismiss();
    });
    await row.getByRole('button', { name: 'Supprimer' }).click();
    expect(answers[0]).toContain(`Ligue des Lions ${suffix}`);
    expect((await competitions(c.url)).some((item) => item.id === created?.id)).toBe(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Compétition supprimée.').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await competitions(c.url)).some((item) => item.id === created?.id)).toBe(false);

    // The one a match belongs to stays, and the admin is told why, in French.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`tr[data-competition="${used.id}"]`).getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Des matchs appartiennent à cette compétition').waitFor();
    expect((await competitions(c.url)).some((item) => item.id === used.id)).toBe(true);
    await shoot(page, 'competitions-in-use', '[role=status]');
    expect(errors).toEqual([]);
  });

  it('lists clubs with a search, and downloads the catalogue export with a film just created', async () => {
    const suffix = randomBytes(3).toString('hex');
    const organizer = await registerOrganizer(c.url, `Union Saint-Gilles ${suffix}`);
    const admin = await adminSession(c.url);
    const film = await createFilm(c.url, admin, { title: `Timbuktu ${suffix}` });

    const page = await c.browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, 'clubs');
    await page.fill('input[name=q]', `saint-gilles ${suffix}`);
    const row = page.locator(`tr[data-club="${organizer.club.id}"]`);
    await row.waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(1);
    expect(await row.textContent()).toContain('BE');
    await shoot(page, 'clubs', 'table');
    await page.fill('input[name=q]', `nobody ${suffix}`);
    await page.getByText('Aucun club trouvé.').waitFor();

    await resize(page, DESKTOP);
    await page.goto(`${c.url}/admin/films`);
    await page.locator('button.catalogue-export').waitFor();
    await shoot(page, 'films-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.catalogue-export')]);
    expect(download.suggestedFilename()).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    const expected = (await request(c.url).get(`${API}/catalogue/export`).set(bearer(admin)).expect(200)).body as Record<string, unknown>;
    expect(Object.keys(exported).sort()).toEqual(Object.keys(expected).sort());
    expect(JSON.stringify(exported)).toContain(film.id);
    expect(errors).toEqual([]);
  });

  it('shows an episode video size in words ("1,2 Mo", "1.2 MB") and its sha256 inside a phone screen', async () => {
    const admin = await adminSession(c.url);
    const series = await createSeries(c.url, admin, { title: `Sakho & Mangane ${randomBytes(3).toString('hex')}` });
    const season = await createSeason(c.url, admin, series.id, 1);
    const episode = await createEpisode(c.url, admin, season.id, 1);
    const video = Buffer.alloc(1_258_291, 7);
    await request(c.url)
      .put(`${API}/episodes/${episode.id}/media`)
      .set(bearer(admin))
      .attach('file', video, { filename: 'episode-1.mp4', contentType: 'video/mp4' })
      .expect(200);

    const page = await c.browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await consoleLogin(page, c.url, TEST_ADMIN.email, TEST_ADMIN.password, `series/${series.id}`);
    await page.locator('.episode button', { hasText: 'Modifier' }).click();
    const stored = page.locator('.stored-media');
    await stored.waitFor();
    const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(await stored.textContent())).toContain('1,2 Mo');
    expect(await stored.textContent()).toContain(sha256(video));
    // Nothing sticks out of the phone's width: the hash wraps.
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.sha256')).some((el) => el.getBoundingClientRect().right > window.innerWidth),
    );
    expect(overflow).toBe(false);
    await shoot(page, 'episode-media', '.stored-media');

    await page.click('mat-button-toggle[value=en] button');
    await page.waitForFunction(() => document.querySelector('.stored-media')?.textContent?.includes('1.2 MB'));
    expect(errors).toEqual([]);
  });
});
