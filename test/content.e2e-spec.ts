import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ContentService, ContentType } from '../libs/catalogue/src/content';
import type { Session } from './support/accounts';
import { bearer, registerCustomer, uniqueName } from './support/accounts';
import { adminSession, API, createEpisode, createFilm, createSeason, createSeries, filmBody } from './support/content/catalogue';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import type { Page, Problem } from './support/body';
import { bodyOf } from './support/body';
import { expect } from '@jest/globals';
import type { FilmView, SeasonDetailView, SeasonView, SeriesDetailView, SeriesView } from '@guichet/catalogue';

/** GET /catalogue/export, as the sync clients read it. */
interface CatalogueExport {
  version: number;
  generatedAt: string;
  films: { id: string }[];
  series: { id: string }[];
}

describe('films and series catalogue', () => {
  let t: TestApp;
  let admin: Session;
  let customer: Session;
  let db: DataSource;
  const count = async (table: string) => Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp({}, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    admin = await adminSession(t.url);
    customer = await registerCustomer(t.url);
  });
  afterAll(() => t.close());

  describe('admin CRUD', () => {
    it('creates, reads, updates and archives a film', async () => {
      const created = await request(t.url).post(`${API}/films`).set(bearer(admin)).send(filmBody()).expect(201);
      expect(created.body).toEqual({
        type: 'film',
        id: expect.any(String),
        title: 'Les Misérables',
        description: expect.stringContaining('Jean Valjean'),
        genres: ['drame', 'histoire'],
        year: 2012,
        durationMinutes: 158,
        language: 'fr',
        price: { amount: 1500, currency: 'XAF' },
        thumbnailUrl: null,
        hasMedia: false,
        media: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        archivedAt: null,
      });
      const id = bodyOf<FilmView>(created).id;

      const read = await request(t.url).get(`${API}/films/${id}`).expect(200);
      expect(read.body).toEqual(created.body);

      const updated = await request(t.url)
        .patch(`${API}/films/${id}`)
        .set(bearer(admin))
        .send({ title: '  Les Misérables (version longue) ', year: null, price: { amount: 2000, currency: 'EUR' } })
        .expect(200);
      expect(updated.body).toMatchObject({
        title: 'Les Misérables (version longue)',
        year: null,
        price: { amount: 2000, currency: 'EUR' },
        durationMinutes: 158,
        genres: ['drame', 'histoire'],
      });

      await request(t.url).delete(`${API}/films/${id}`).set(bearer(admin)).expect(204);
      const archived = await request(t.url).get(`${API}/films/${id}`).expect(200);
      expect(bodyOf<FilmView>(archived).archivedAt).toEqual(expect.any(String));
      // Archiving twice is harmless; an unknown film is a 404.
      await request(t.url).delete(`${API}/films/${id}`).set(bearer(admin)).expect(204);
      await request(t.url).delete(`${API}/films/00000000-0000-4000-8000-000000000000`).set(bearer(admin)).expect(404);
      await request(t.url).get(`${API}/films/00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('defaults the currency to XAF and optional fields to empty', async () => {
      const res = await request(t.url)
        .post(`${API}/films`)
        .set(bearer(admin))
        .send({ title: 'Minimal', price: { amount: 0 } })
        .expect(201);
      expect(res.body).toMatchObject({ description: '', genres: [], year: null, durationMinutes: null, language: null, price: { amount: 0, currency: 'XAF' } });
    });

    it('answers 401 without a token and 403 to a customer on every write, and changes nothing', async () => {
      const film = await createFilm(t.url, admin);
      const series = await createSeries(t.url, admin);
      const season = await createSeason(t.url, admin, series.id, 1);
      const episode = await createEpisode(t.url, admin, season.id, 1);
      const writes: [string, string][] = [
        ['post', '/films'],
        ['patch', `/films/${film.id}`],
        ['delete', `/films/${film.id}`],
        ['put', `/films/${film.id}/thumbnail`],
        ['put', `/films/${film.id}/media`],
        ['post', `/films/${film.id}/media/uploads`],
        ['post', '/series'],
        ['patch', `/series/${series.id}`],
        ['delete', `/series/${series.id}`],
        ['post', `/series/${series.id}/seasons`],
        ['patch', `/seasons/${season.id}`],
        ['delete', `/seasons/${season.id}`],
        ['post', `/seasons/${season.id}/episodes`],
        ['patch', `/episodes/${episode.id}`],
        ['delete', `/episodes/${episode.id}`],
        ['put', `/episodes/${episode.id}/media`],
        ['get', '/catalogue/export'],
      ];
      // Every refused write carries a unique title: none may appear anywhere (other files add content meanwhile).
      const marker = `Refused ${randomUUID()}`;
      for (const [method, path] of writes) {
        const api = request(t.url);
        const anonymous = await api[method as 'post'](`${API}${path}`).send(filmBody({ title: marker }));
        expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
        expect(anonymous.headers['content-type']).toContain('application/problem+json');
        const forbidden = await api[method as 'post'](`${API}${path}`)
          .set(bearer(customer))
          .send(filmBody({ title: marker }));
        expect({ path, status: forbidden.status }).toEqual({ path, status: 403 });
      }
      const [{ n }] = await db.query<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM film WHERE title = $1) + (SELECT count(*) FROM series WHERE title = $1)
              + (SELECT count(*) FROM season WHERE title = $1) + (SELECT count(*) FROM episode WHERE title = $1) AS n`,
        [marker],
      );
      expect(Number(n)).toBe(0);
      expect(bodyOf<SeriesDetailView>(await request(t.url).get(`${API}/series/${series.id}`).expect(200)).title).toBe(series.title);
      const still = await request(t.url).get(`${API}/films/${film.id}`).expect(200);
      expect(bodyOf<FilmView>(still).archivedAt).toBeNull();
    });

    const invalidFilms: [string, Record<string, unknown>, string[]][] = [
      ['no title', { title: undefined }, ['title']],
      ['an empty title', { title: '   ' }, ['title']],
      ['no price', { price: undefined }, ['price']],
      ['a negative price', { price: { amount: -1 } }, ['price.amount']],
      ['a fractional price', { price: { amount: 10.5 } }, ['price.amount']],
      ['an unknown currency', { price: { amount: 100, currency: 'USD' } }, ['price.currency']],
      ['genres as a string', { genres: 'drame' }, ['genres']],
      ['a year as a string', { year: '2012' }, ['year']],
      ['a duration of zero', { durationMinutes: 0 }, ['durationMinutes']],
      ['an unknown field', { rating: 5 }, ['rating']],
      ['a null description', { description: null }, ['description']],
    ];

    it.each(invalidFilms)('refuses a film with %s: 400 naming the field, nothing written', async (_name, change, fields) => {
      // Marked by a unique title and description (each case breaks at most one), since other files add films meanwhile.
      const marker = { title: `Refused ${randomUUID()}`, description: `Refused ${randomUUID()}` };
      const marked = async () =>
        Number(
          (await db.query<{ n: string }[]>('SELECT count(*) AS n FROM film WHERE title = $1 OR description = $2', [marker.title, marker.description]))[0].n,
        );
      const res = await request(t.url)
        .post(`${API}/films`)
        .set(bearer(admin))
        .send(filmBody({ ...marker, ...change }))
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((bodyOf<Problem>(res).errors ?? []).map((error) => error.field)).toEqual(expect.arrayContaining(fields));
      expect(await marked()).toBe(0);
    });

    it('refuses an invalid update without changing anything', async () => {
      const film = await createFilm(t.url, admin);
      const before = bodyOf<FilmView>(await request(t.url).get(`${API}/films/${film.id}`).expect(200));
      for (const change of [{ title: null }, { price: null }, { title: 'Ok', year: 1500 }, { genres: [''] }, { id: 'x' }]) {
        const res = await request(t.url).patch(`${API}/films/${film.id}`).set(bearer(admin)).send(change);
        expect({ change, status: res.status }).toEqual({ change, status: 400 });
      }
      expect((await request(t.url).get(`${API}/films/${film.id}`).expect(200)).body).toEqual(before);
      await request(t.url).patch(`${API}/films/not-a-uuid`).set(bearer(admin)).send({ title: 'x' }).expect(400);
    });
  });

  describe('public browsing', () => {
    const genre = uniqueName('genre-');
    let miserables: string;
    beforeAll(async () => {
      miserables = (await createFilm(t.url, admin, { genres: [genre.toUpperCase(), 'Drame'], year: 2012 })).id;
      await createFilm(t.url, admin, { title: 'Le Comte de Monte-Cristo', description: 'Edmond Dantès se venge.', genres: [genre], year: 2024 });
      await createFilm(t.url, admin, { title: 'Germinal', description: 'Les mineurs du Nord en grève.', genres: [genre], year: 1993 });
      const gone = await createFilm(t.url, admin, { title: 'Les Misérables (archivé)', genres: [genre], year: 2012 });
      await request(t.url).delete(`${API}/films/${gone.id}`).set(bearer(admin)).expect(204);
    });

    const search = (query: Record<string, string | number>) =>
      request(t.url)
        .get(`${API}/films`)
        .query({ genre, ...query })
        .expect(200);

    it.each(['miserables', 'MISÉRABLES', 'misérables', '  Les   MISERABLES ', 'forcat', 'FORÇAT XIXᵉ'])(
      'finds Les Misérables from %j, ignoring accents and case',
      async (q) => {
        const res = await search({ q });
        expect(bodyOf<Page<FilmView>>(res).items.map((film) => film.id)).toEqual([miserables]);
        expect(bodyOf<Page<FilmView>>(res).total).toBe(1);
      },
    );

    it('treats % and _ as plain characters', async () => {
      expect(bodyOf<Page<FilmView>>(await search({ q: '%' })).total).toBe(0);
      expect(bodyOf<Page<FilmView>>(await search({ q: 'Mis_rables' })).total).toBe(0);
    });

    it('filters by genre (any case) and by year, leaving archived films out', async () => {
      expect(bodyOf<Page<FilmView>>(await search({ genre: genre.toUpperCase() })).total).toBe(3);
      const of2012 = await search({ year: 2012 });
      expect(bodyOf<Page<FilmView>>(of2012).items.map((film) => film.id)).toEqual([miserables]);
      expect(bodyOf<Page<FilmView>>(await search({ year: 1993 })).items.map((film) => film.title)).toEqual(['Germinal']);
      expect(bodyOf<Page<FilmView>>(await search({ year: 1990 })).total).toBe(0);
    });

    it('paginates with totals', async () => {
      const first = await search({ page: 1, pageSize: 2 });
      expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(bodyOf<Page<FilmView>>(first).items).toHaveLength(2);
      const second = await search({ page: 2, pageSize: 2 });
      expect(second.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
      expect(bodyOf<Page<FilmView>>(second).items).toHaveLength(1);
      const ids = [...bodyOf<Page<FilmView>>(first).items, ...bodyOf<Page<FilmView>>(second).items].map((film) => film.id);
      expect(new Set(ids).size).toBe(3);
      // Newest first.
      expect(bodyOf<Page<FilmView>>(first).items[0].title).toBe('Germinal');
    });

    it('answers a bad query with 400', async () => {
      await request(t.url).get(`${API}/films`).query({ year: 'soon' }).expect(400);
      await request(t.url).get(`${API}/films`).query({ pageSize: 1000 }).expect(400);
      await request(t.url).get(`${API}/films`).query({ sort: 'title' }).expect(400);
      await request(t.url)
        .get(`${API}/series`)
        .query({ q: 'x'.repeat(101) })
        .expect(400);
    });

    it('searches series the same way', async () => {
      const seriesGenre = uniqueName('sg-');
      const series = await createSeries(t.url, admin, { title: 'Éléphants de la savane', genres: [seriesGenre], year: 2020 });
      const res = await request(t.url).get(`${API}/series`).query({ q: 'ELEPHANTS', genre: seriesGenre, year: 2020 }).expect(200);
      expect(res.body).toMatchObject({ total: 1, items: [{ id: series.id, type: 'series', price: { amount: 5000, currency: 'XAF' } }] });
    });
  });

  describe('series, seasons and episodes', () => {
    it('reads a series back with its seasons and episodes in order of number', async () => {
      const series = await createSeries(t.url, admin);
      const second = await createSeason(t.url, admin, series.id, 2, { title: 'Saison 2' });
      const first = await createSeason(t.url, admin, series.id, 1, { price: { amount: 2500 } });
      const e2 = await createEpisode(t.url, admin, first.id, 2, { title: 'La Suite' });
      const e1 = await createEpisode(t.url, admin, first.id, 1, { title: 'Le Pilote', price: { amount: 500 } });

      const res = await request(t.url).get(`${API}/series/${series.id}`).expect(200);
      expect(bodyOf<SeriesDetailView>(res).seasons.map((season) => season.id)).toEqual([first.id, second.id]);
      expect(bodyOf<SeriesDetailView>(res).seasons[0]).toMatchObject({
        type: 'season',
        number: 1,
        title: null,
        price: { amount: 2500, currency: 'XAF' },
        episodes: [
          { id: e1.id, number: 1, title: 'Le Pilote', price: { amount: 500, currency: 'XAF' }, hasMedia: false, durationMinutes: 52 },
          { id: e2.id, number: 2, title: 'La Suite', price: null },
        ],
      });
      expect(bodyOf<SeriesDetailView>(res).seasons[1]).toMatchObject({ number: 2, title: 'Saison 2', price: null, episodes: [] });

      const season = await request(t.url).get(`${API}/seasons/${first.id}`).expect(200);
      expect(bodyOf<SeasonDetailView>(season).episodes.map((episode) => episode.number)).toEqual([1, 2]);
      await request(t.url).get(`${API}/episodes/${e1.id}`).expect(200);
    });

    it('refuses a season or episode number used twice (409) and frees it once archived', async () => {
      const series = await createSeries(t.url, admin);
      const season = await createSeason(t.url, admin, series.id, 1);
      const taken = await request(t.url).post(`${API}/series/${series.id}/seasons`).set(bearer(admin)).send({ number: 1 }).expect(409);
      expect(bodyOf<Problem>(taken).type).toMatch(/\/season-number-taken$/);
      await createEpisode(t.url, admin, season.id, 1);
      const episodeTaken = await request(t.url)
        .post(`${API}/seasons/${season.id}/episodes`)
        .set(bearer(admin))
        .send({ number: 1, title: 'Doublon' })
        .expect(409);
      expect(bodyOf<Problem>(episodeTaken).type).toMatch(/\/episode-number-taken$/);

      await request(t.url).delete(`${API}/seasons/${season.id}`).set(bearer(admin)).expect(204);
      await createSeason(t.url, admin, series.id, 1);
      await request(t.url).post(`${API}/seasons/${season.id}/episodes`).set(bearer(admin)).send({ number: 2, title: 'x' }).expect(409);
      await request(t.url).post(`${API}/series/00000000-0000-4000-8000-000000000000/seasons`).set(bearer(admin)).send({ number: 1 }).expect(404);
    });

    it('validates seasons and episodes', async () => {
      const series = await createSeries(t.url, admin);
      const season = await createSeason(t.url, admin, series.id, 1);
      const badSeason = await request(t.url).post(`${API}/series/${series.id}/seasons`).set(bearer(admin)).send({ number: 0 }).expect(400);
      expect(new Set(bodyOf<Problem>(badSeason).errors?.map((error) => error.field))).toEqual(new Set(['number']));
      const badEpisode = await request(t.url).post(`${API}/seasons/${season.id}/episodes`).set(bearer(admin)).send({ number: 1 }).expect(400);
      expect(new Set(bodyOf<Problem>(badEpisode).errors?.map((error) => error.field))).toEqual(new Set(['title']));
      const cleared = await request(t.url)
        .patch(`${API}/seasons/${season.id}`)
        .set(bearer(admin))
        .send({ price: { amount: 10 } })
        .expect(200);
      expect(bodyOf<SeasonView>(cleared).price).toEqual({ amount: 10, currency: 'XAF' });
      const unpriced = await request(t.url).patch(`${API}/seasons/${season.id}`).set(bearer(admin)).send({ price: null }).expect(200);
      expect(bodyOf<SeasonView>(unpriced).price).toBeNull();
    });
  });

  describe('archiving', () => {
    it('takes a series out of the list but keeps it, its seasons and episodes readable by id', async () => {
      const genre = uniqueName('arch-');
      const series = await createSeries(t.url, admin, { genres: [genre] });
      const season = await createSeason(t.url, admin, series.id, 1);
      const episode = await createEpisode(t.url, admin, season.id, 1);
      expect(bodyOf<Page<SeriesView>>(await request(t.url).get(`${API}/series`).query({ genre }).expect(200)).total).toBe(1);

      await request(t.url).delete(`${API}/series/${series.id}`).set(bearer(admin)).expect(204);
      expect((await request(t.url).get(`${API}/series`).query({ genre }).expect(200)).body).toMatchObject({ total: 0, items: [] });
      const kept = await request(t.url).get(`${API}/series/${series.id}`).expect(200);
      expect(kept.body).toMatchObject({ archivedAt: expect.any(String), seasons: [{ id: season.id, episodes: [{ id: episode.id }] }] });
      await request(t.url).get(`${API}/episodes/${episode.id}`).expect(200);
      expect(await count('series')).toBeGreaterThan(0);
      expect((await db.query<{ archived_at: Date | null }[]>('SELECT archived_at FROM series WHERE id = $1', [series.id]))[0].archived_at).not.toBeNull();

      // Other modules see it as archived, with its episodes still listed for their owners.
      const content = t.app.get(ContentService);
      expect(await content.describe(ContentType.Episode, episode.id)).toMatchObject({
        type: 'episode',
        archived: true,
        seriesId: series.id,
        seriesTitle: 'Le Bureau des légendes',
        seasonNumber: 1,
        episodeNumber: 1,
        price: null,
      });
      expect(await content.isOnSale(ContentType.Series, series.id)).toBe(false);
      expect((await content.episodesOf(ContentType.Series, series.id, { includeArchived: true })).map((e) => e.id)).toEqual([episode.id]);
    });

    it('cannot add a season to an archived series', async () => {
      const series = await createSeries(t.url, admin);
      await request(t.url).delete(`${API}/series/${series.id}`).set(bearer(admin)).expect(204);
      const res = await request(t.url).post(`${API}/series/${series.id}/seasons`).set(bearer(admin)).send({ number: 1 }).expect(409);
      expect(bodyOf<Problem>(res).type).toMatch(/\/content-archived$/);
    });
  });

  describe('export', () => {
    it('exports every film and series on sale with a version that grows with each change', async () => {
      const film = await createFilm(t.url, admin, { title: 'Export Film' });
      const series = await createSeries(t.url, admin, { title: 'Export Series' });
      const season = await createSeason(t.url, admin, series.id, 1);
      const episode = await createEpisode(t.url, admin, season.id, 1);
      const gone = await createFilm(t.url, admin, { title: 'Archived Export Film' });
      await request(t.url).delete(`${API}/films/${gone.id}`).set(bearer(admin)).expect(204);

      const first = await request(t.url).get(`${API}/catalogue/export`).set(bearer(admin)).expect(200);
      expect(first.body).toMatchObject({ version: expect.any(Number), generatedAt: expect.any(String) });
      expect(Object.keys(bodyOf<CatalogueExport>(first)).sort()).toEqual(['films', 'generatedAt', 'matches', 'series', 'version']);
      const films = bodyOf<CatalogueExport>(first).films;
      expect(films.find((one) => one.id === film.id)).toMatchObject({ title: 'Export Film', price: { amount: 1500, currency: 'XAF' } });
      expect(films.find((one) => one.id === gone.id)).toBeUndefined();
      const exported = bodyOf<CatalogueExport>(first).series.find((one) => one.id === series.id);
      expect(exported).toMatchObject({ seasons: [{ id: season.id, episodes: [{ id: episode.id, number: 1 }] }] });
      expect(JSON.stringify(first.body)).not.toMatch(/storage|thumbnail_key|thumbnailKey|"media\//i);

      await request(t.url).patch(`${API}/episodes/${episode.id}`).set(bearer(admin)).send({ title: 'Renamed' }).expect(200);
      const after = await request(t.url).get(`${API}/catalogue/export`).set(bearer(admin)).expect(200);
      expect(bodyOf<CatalogueExport>(after).version).toBeGreaterThan(bodyOf<CatalogueExport>(first).version);
    });
  });
});
