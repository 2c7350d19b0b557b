import request from 'supertest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Session } from './support/accounts';
import { bearer, registerCustomer, registerOrganizer, uniqueName } from './support/accounts';
import { adminSession, createFilm, filmBody } from './support/content/catalogue';
import type { OwnDatabase } from './support/own-database';
import { ownDatabase } from './support/own-database';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import type { Problem } from './support/body';
import { bodyOf } from './support/body';

const API = '/api/v1';
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('hostile input gets a 4xx, never a 500, and changes nothing', () => {
  let t: TestApp;
  let own: OwnDatabase;
  let db: DataSource;
  let admin: Session;
  let customer: Session;
  const counts = async () =>
    (
      await db.query<{ users: string; films: string; clubs: string }[]>(
        `SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM film) AS films, (SELECT count(*) FROM club) AS clubs`,
      )
    )[0];

  beforeAll(async () => {
    // A database of its own: other test files create rows at the same time, and these checks count whole tables.
    own = await ownDatabase('hostile');
    t = await startTestApp({ DATABASE_URL: own.url }, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    admin = await adminSession(t.url);
    customer = await registerCustomer(t.url);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await own?.drop();
  });

  const expectProblem = (res: request.Response, statuses: number[]) => {
    expect(statuses).toContain(res.status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  };

  it('refuses 60,000 levels of nested JSON cheaply, and /health stays fast under 40 of them', async () => {
    const body = nested(60_000);
    const before = await counts();
    const res = await request(t.url).post(`${API}/auth/register`).set('Content-Type', 'application/json').send(body);
    expectProblem(res, [400, 413]);
    const attacks = Array.from({ length: 40 }, () =>
      request(t.url).post(`${API}/orders`).set(bearer(customer)).set('Content-Type', 'application/json').send(body),
    );
    const started = Date.now();
    await request(t.url).get('/health').expect(200);
    const healthMs = Date.now() - started;
    const answers = await Promise.all(attacks);
    expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);
    // Before the depth check: 2.3 s. Room left for a loaded CI machine.
    expect(healthMs).toBeLessThan(1500);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a NUL in a search', () => request(t.url).get(`${API}/films`).query({ q: 'a\u0000b' })],
    ['a NUL in a club search', () => request(t.url).get(`${API}/clubs`).query({ q: '\u0000' })],
    ['a NUL in a match search', () => request(t.url).get(`${API}/matches`).query({ q: '\u0000' })],
    ['a NUL in a login', () => request(t.url).post(`${API}/auth/login`).send({ login: 'a\u0000b', password: 'whatever-password' })],
    [
      'a NUL in a film title',
      () =>
        request(t.url)
          .post(`${API}/films`)
          .set(bearer(admin))
          .send(filmBody({ title: 'x\u0000y' })),
    ],
    [
      'a lone surrogate in an email',
      () =>
        request(t.url)
          .post(`${API}/auth/register`)
          .send({ email: '\ud800@example.org', username: uniqueName('s'), password: 'a-long-unusual-phrase' }),
    ],
    [
      'a lone surrogate in an organizer email',
      () =>
        request(t.url)
          .post(`${API}/auth/register/organizer`)
          .send({ email: 'a\udc00@example.org', username: uniqueName('s'), password: 'a-long-unusual-phrase', club: { name: 'X Club', country: 'BE' } }),
    ],
  ])('answers %s with 400', async (_name, send) => {
    const before = await counts();
    const res = await send();
    expectProblem(res, [400]);
    expect(await counts()).toEqual(before);
  });

  it('answers broken multipart on thumbnails with a 4xx', async () => {
    const film = await createFilm(t.url, admin);
    const noBoundary = await request(t.url)
      .put(`${API}/films/${film.id}/thumbnail`)
      .set(bearer(admin))
      .set('Content-Type', 'multipart/form-data')
      .send('--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc');
    expectProblem(noBoundary, [400, 415]);
    const truncated = await request(t.url)
      .put(`${API}/films/${film.id}/thumbnail`)
      .set(bearer(admin))
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n');
    expectProblem(truncated, [400]);
  });

  it.each([
    ['null', [null]],
    ['an empty array', [[]]],
    ['a number', [42]],
  ])('answers %s in place of an order item with 400 and a readable message', async (_name, items) => {
    const res = await request(t.url).post(`${API}/orders`).set(bearer(customer)).send({ items, paymentMethod: 'stripe' });
    expectProblem(res, [400]);
    expect(JSON.stringify(bodyOf<Problem>(res).errors)).not.toContain('undefined');
  });

  it('says what is wrong with an empty item or missing items', async () => {
    const empty = await request(t.url)
      .post(`${API}/orders`)
      .set(bearer(customer))
      .send({ items: [{}], paymentMethod: 'stripe' });
    expectProblem(empty, [400]);
    expect(JSON.stringify(bodyOf<Problem>(empty).errors)).not.toMatch(/undefined|unknown value/);
    const missing = await request(t.url).post(`${API}/orders`).set(bearer(customer)).send({ paymentMethod: 'stripe' });
    expectProblem(missing, [400]);
    expect(JSON.stringify(bodyOf<Problem>(missing).errors)).not.toContain('no more than');
  });

  it("lets an organizer name their own club's id in uppercase", async () => {
    const organizer = await registerOrganizer(t.url);
    const upper = organizer.club.id.toUpperCase();
    await request(t.url).get(`${API}/clubs/${upper}`).expect(200);
    const res = await request(t.url).get(`${API}/clubs/${upper}/gates`).set(bearer(organizer));
    expect(res.status).toBe(200);
  });
});
