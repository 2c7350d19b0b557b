import request from 'supertest';
import { bearer, login, registerCustomer, registerOrganizer, uniqueName } from './support/accounts';
import type { Organizer } from './support/club-fixtures';
import { createMatch, createStand, inDays } from './support/club-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp, TEST_ADMIN } from './support/test-app';
import type { MatchView, Page, Problem } from './support/body';
import { bodyOf } from './support/body';
import { expect } from '@jest/globals';

describe('clubs, stands and matches', () => {
  let t: TestApp;
  let organizer: Organizer;
  beforeAll(async () => {
    t = await startTestApp({}, false);
    organizer = (await registerOrganizer(t.url, uniqueName('RUS Rebecquoise '))) as Organizer;
  });
  afterAll(() => t.close());

  it('lets an organizer open stands and a match with per-match price and quota', async () => {
    const north = await createStand(t.url, organizer, { name: 'Nord', capacity: 300 });
    const south = await createStand(t.url, organizer, { name: 'Sud', capacity: 200, price: { amount: 1000, currency: 'EUR' } });
    const competitions = bodyOf<{ id: string; name: string }[]>(await request(t.url).get('/api/v1/competitions').expect(200));
    const d3 = competitions.find((c) => c.name === 'Division 3 ACFF');
    if (!d3) throw new Error('the seeded competition Division 3 ACFF is missing');
    const match = await createMatch(t.url, organizer, [{ standId: north.id, quota: 250, price: { amount: 2000, currency: 'EUR' } }, { standId: south.id }], {
      opponent: 'Union Saint-Jean',
      competitionId: d3.id,
      kickoffAt: '2030-03-14T15:00:00+01:00',
      venue: 'away',
    });
    const body = bodyOf<MatchView>(await request(t.url).get(`/api/v1/matches/${match.id}`).expect(200));
    expect(body).toMatchObject({
      club: { id: organizer.club.id, name: organizer.club.name },
      opponent: 'Union Saint-Jean',
      kickoffAt: '2030-03-14T14:00:00.000Z',
      venue: 'away',
      competition: { id: d3.id, name: 'Division 3 ACFF' },
      status: 'scheduled',
      stands: [
        { standId: north.id, name: 'Nord', price: { amount: 2000, currency: 'EUR' }, quota: 250, remaining: 250 },
        { standId: south.id, name: 'Sud', price: { amount: 1000, currency: 'EUR' }, quota: 200, remaining: 200 },
      ],
    });
  });

  it('refuses a kickoff in the past and a quota above capacity with 400 naming the field', async () => {
    const stand = await createStand(t.url, organizer, { capacity: 100 });
    const past = await request(t.url)
      .post('/api/v1/matches')
      .set(bearer(organizer))
      .send({ opponent: 'X', kickoffAt: '2020-01-01T15:00:00+01:00', venue: 'home', stands: [{ standId: stand.id }] })
      .expect(400);
    expect(bodyOf<Problem>(past).errors).toEqual([{ field: 'kickoffAt', message: 'kickoffAt must be in the future' }]);
    const over = await request(t.url)
      .post('/api/v1/matches')
      .set(bearer(organizer))
      .send({ opponent: 'X', kickoffAt: inDays(3), venue: 'home', stands: [{ standId: stand.id, quota: 101 }] })
      .expect(400);
    expect(bodyOf<Problem>(over).errors?.[0].field).toBe('stands.0.quota');
    const noOffset = await request(t.url)
      .post('/api/v1/matches')
      .set(bearer(organizer))
      .send({ opponent: 'X', kickoffAt: 'next sunday', venue: 'home', stands: [{ standId: stand.id }] })
      .expect(400);
    expect(bodyOf<Problem>(noOffset).errors?.[0].field).toBe('kickoffAt');
  });

  it('keeps each club to its own stands, matches and invitations', async () => {
    const rival = (await registerOrganizer(t.url)) as Organizer;
    const mine = await createStand(t.url, organizer);
    const match = await createMatch(t.url, organizer, [{ standId: mine.id }]);
    await request(t.url).patch(`/api/v1/stands/${mine.id}`).set(bearer(rival)).send({ name: 'Stolen' }).expect(403);
    await request(t.url).delete(`/api/v1/stands/${mine.id}`).set(bearer(rival)).expect(403);
    await request(t.url).patch(`/api/v1/matches/${match.id}`).set(bearer(rival)).send({ opponent: 'Nope' }).expect(403);
    await request(t.url).delete(`/api/v1/matches/${match.id}`).set(bearer(rival)).expect(403);
    await request(t.url)
      .post(`/api/v1/clubs/${organizer.club.id}/stands`)
      .set(bearer(rival))
      .send({ name: 'A', capacity: 1, price: { amount: 1, currency: 'EUR' } })
      .expect(403);
    const foreignStand = await request(t.url)
      .post('/api/v1/matches')
      .set(bearer(rival))
      .send({ opponent: 'X', kickoffAt: inDays(3), venue: 'home', stands: [{ standId: mine.id }] })
      .expect(400);
    expect(bodyOf<Problem>(foreignStand).type).toMatch(/unknown-stand$/);
    const customer = await registerCustomer(t.url);
    await request(t.url).post('/api/v1/matches').set(bearer(customer)).send({}).expect(403);
    const unchanged = await request(t.url).get(`/api/v1/matches/${match.id}`).expect(200);
    expect(bodyOf<MatchView>(unchanged).opponent).toBe('FC Uccle Sport');
  });

  it('lists upcoming matches with date, club, competition and text filters and pagination', async () => {
    const club = (await registerOrganizer(t.url, uniqueName('Sporting Tubize '))) as Organizer;
    const stand = await createStand(t.url, club);
    const opponents = ['Entente Wavre', 'Olympic Charleroi', 'Entente Binche'];
    for (const [index, opponent] of opponents.entries()) {
      await createMatch(t.url, club, [{ standId: stand.id, quota: 10 + index }], { opponent, kickoffAt: inDays(10 + index) });
    }
    const all = await request(t.url).get('/api/v1/matches').query({ clubId: club.club.id }).expect(200);
    expect(bodyOf<Page<MatchView>>(all).total).toBe(3);
    expect(bodyOf<Page<MatchView>>(all).items.map((m: { opponent: string }) => m.opponent)).toEqual(opponents);
    expect(bodyOf<Page<MatchView>>(all).items[1].stands[0]).toMatchObject({ quota: 11, remaining: 11 });

    const entente = await request(t.url).get('/api/v1/matches').query({ clubId: club.club.id, q: 'entente' }).expect(200);
    expect(bodyOf<Page<MatchView>>(entente).total).toBe(2);
    const byClubName = await request(t.url)
      .get('/api/v1/matches')
      .query({ q: club.club.name.slice(0, 16) })
      .expect(200);
    expect(bodyOf<Page<MatchView>>(byClubName).items.every((m: { club: { id: string } }) => m.club.id === club.club.id)).toBe(true);

    const window = await request(t.url)
      .get('/api/v1/matches')
      .query({ clubId: club.club.id, from: inDays(10.5), to: inDays(11.5) })
      .expect(200);
    expect(bodyOf<Page<MatchView>>(window).items.map((m: { opponent: string }) => m.opponent)).toEqual(['Olympic Charleroi']);

    const page2 = await request(t.url).get('/api/v1/matches').query({ clubId: club.club.id, page: 2, pageSize: 2 }).expect(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(bodyOf<Page<MatchView>>(page2).items.map((m: { opponent: string }) => m.opponent)).toEqual(['Entente Binche']);

    const none = await request(t.url).get('/api/v1/matches').query({ q: 'no club is called like this' }).expect(200);
    expect(none.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
  });

  it('lets an organizer change a match and delete one nobody bought seats for', async () => {
    const stand = await createStand(t.url, organizer, { capacity: 100 });
    const match = await createMatch(t.url, organizer, [{ standId: stand.id, quota: 50 }]);
    const changed = await request(t.url)
      .patch(`/api/v1/matches/${match.id}`)
      .set(bearer(organizer))
      .send({ opponent: 'RWDM', stands: [{ standId: stand.id, quota: 80 }] })
      .expect(200);
    expect(changed.body).toMatchObject({ opponent: 'RWDM', stands: [{ quota: 80, remaining: 80 }] });
    const removed = await request(t.url).delete(`/api/v1/matches/${match.id}`).set(bearer(organizer)).expect(200);
    expect(removed.body).toEqual({ cancelled: false });
    await request(t.url).get(`/api/v1/matches/${match.id}`).expect(404);
  });

  it('puts upcoming matches, with seats left, in the catalogue export', async () => {
    const stand = await createStand(t.url, organizer, { capacity: 40 });
    const match = await createMatch(t.url, organizer, [{ standId: stand.id, quota: 30 }], { opponent: 'Export Athletic' });
    const admin = await login(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const body = bodyOf<{ matches: MatchView[] }>(await request(t.url).get('/api/v1/catalogue/export').set(bearer(admin)).expect(200));
    expect(body).toMatchObject({ version: expect.any(Number), generatedAt: expect.any(String), films: expect.any(Array), series: expect.any(Array) });
    expect(body.matches.find((m) => m.id === match.id)).toMatchObject({ opponent: 'Export Athletic', stands: [{ quota: 30, remaining: 30 }] });
    await request(t.url).get('/api/v1/catalogue/export').set(bearer(organizer)).expect(403);
  });

  it('lets only admins manage competitions', async () => {
    const admin = await login(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const name = uniqueName('Coupe du Hainaut ');
    const created = await request(t.url).post('/api/v1/competitions').set(bearer(admin)).send({ name, country: 'BE' }).expect(201);
    await request(t.url).post('/api/v1/competitions').set(bearer(admin)).send({ name: name.toUpperCase() }).expect(409);
    await request(t.url).post('/api/v1/competitions').set(bearer(organizer)).send({ name: 'Mine' }).expect(403);
    await request(t.url)
      .patch(`/api/v1/competitions/${bodyOf<MatchView>(created).id}`)
      .set(bearer(admin))
      .send({ name: `${name} (U21)` })
      .expect(200);
    await request(t.url)
      .delete(`/api/v1/competitions/${bodyOf<MatchView>(created).id}`)
      .set(bearer(admin))
      .expect(204);
  });
});
