import request from 'supertest';
import { bearer, login, registerCustomer, registerOrganizer, uniqueName } from './support/accounts';
import type { TestApp } from './support/test-app';
import { startTestApp, TEST_ADMIN } from './support/test-app';
import type { Problem } from './support/body';
import { bodyOf } from './support/body';
import { expect } from '@jest/globals';
import type { Session } from './support/accounts';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  it('registers, logs in, reads /me, rotates the refresh token and logs out', async () => {
    const username = uniqueName('ada');
    const registered = await request(t.url)
      .post('/api/v1/auth/register')
      .send({ email: `${username}@Example.org`, username, password: 'correct-horse-battery', displayName: 'Ada' })
      .expect(201);
    expect(bodyOf<Session>(registered).user).toEqual({
      id: expect.any(String),
      email: `${username}@example.org`,
      username,
      displayName: 'Ada',
      role: 'customer',
    });
    expect(JSON.stringify(registered.body)).not.toMatch(/password|hash/i);

    const session = await login(t.url, `${username}@EXAMPLE.org`, 'correct-horse-battery');
    const me = await request(t.url).get('/api/v1/me').set(bearer(session)).expect(200);
    expect(me.body).toMatchObject({ id: bodyOf<Session>(registered).user.id, username, role: 'customer' });

    const rotated = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    expect(bodyOf<Session>(rotated).refreshToken).not.toBe(session.refreshToken);
    await request(t.url)
      .get('/api/v1/me')
      .set(bearer(bodyOf<Session>(rotated)))
      .expect(200);

    const reused = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    // Reusing a rotated token looks like theft: the whole session family is revoked.
    await request(t.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: bodyOf<Session>(rotated).refreshToken })
      .expect(401);

    const second = await login(t.url, username, 'correct-horse-battery');
    await request(t.url).post('/api/v1/auth/logout').set(bearer(second)).send({ refreshToken: second.refreshToken }).expect(204);
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('gives one refresh of a token to exactly one of ten concurrent callers', async () => {
    const session = await registerCustomer(t.url);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })),
    );
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(answers.filter((res) => res.status === 401)).toHaveLength(9);
  });

  it('revokes the session when a rotated token is replayed by twenty callers at once, and keeps answering', async () => {
    const session = await registerCustomer(t.url);
    const rotated = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    const replays = await Promise.all(
      Array.from({ length: 20 }, () => request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })),
    );
    expect(replays.map((res) => res.status)).toEqual(Array(20).fill(401));
    await request(t.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: bodyOf<Session>(rotated).refreshToken })
      .expect(401);
    await request(t.url).get('/health/ready').expect(200);
  });

  it('says the same thing for a wrong password and an unknown account', async () => {
    const session = await registerCustomer(t.url);
    const wrong = await request(t.url).post('/api/v1/auth/login').send({ login: session.user.username, password: 'not-the-password' }).expect(401);
    const unknown = await request(t.url)
      .post('/api/v1/auth/login')
      .send({ login: uniqueName('ghost'), password: 'whatever-it-is' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      type: expect.stringMatching(/\/invalid-credentials$/),
      title: 'Invalid login or password',
      status: 401,
      detail: 'Check your login and password.',
    });
  });

  it('blocks an account with 429 after repeated failures, even with the right password', async () => {
    const session = await registerCustomer(t.url);
    for (let i = 0; i < 3; i++) {
      await request(t.url).post('/api/v1/auth/login').send({ login: session.user.username, password: 'wrong-password' }).expect(401);
    }
    const blocked = await request(t.url).post('/api/v1/auth/login').send({ login: session.user.username, password: 'correct-horse-battery' }).expect(429);
    expect(bodyOf<Problem>(blocked).type).toMatch(/too-many-attempts$/);
  });

  it('refuses a second account with the same email or username, whatever the case', async () => {
    const first = await registerCustomer(t.url);
    const sameEmail = await request(t.url)
      .post('/api/v1/auth/register')
      .send({ email: first.user.email.toUpperCase(), username: uniqueName('x'), password: 'correct-horse-battery' })
      .expect(409);
    expect(bodyOf<Problem>(sameEmail).type).toMatch(/email-taken$/);
    const sameUsername = await request(t.url)
      .post('/api/v1/auth/register')
      .send({ email: `${uniqueName('y')}@example.org`, username: first.user.username.toUpperCase(), password: 'correct-horse-battery' })
      .expect(409);
    expect(bodyOf<Problem>(sameUsername).type).toMatch(/username-taken$/);
  });

  it('lets exactly one of twenty simultaneous sign-ups take a username', async () => {
    const username = uniqueName('race');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(t.url)
          .post('/api/v1/auth/register')
          .send({ email: `${username}-${i}@example.org`, username, password: 'correct-horse-battery' }),
      ),
    );
    expect(answers.filter((res) => res.status === 201)).toHaveLength(1);
    expect(answers.filter((res) => res.status === 409)).toHaveLength(19);
  });

  it('creates a NEW club with its organizer and refuses an existing club name', async () => {
    const name = uniqueName('Royal Étoile ');
    const organizer = await registerOrganizer(t.url, name);
    expect(organizer.user).toMatchObject({ role: 'organizer', clubId: organizer.club.id });
    expect(organizer.club).toMatchObject({ name, country: 'BE' });

    const username = uniqueName('thief');
    const again = await request(t.url)
      .post('/api/v1/auth/register/organizer')
      .send({ email: `${username}@example.org`, username, password: 'correct-horse-battery', club: { name: name.toUpperCase(), country: 'BE' } })
      .expect(409);
    expect(bodyOf<Problem>(again).type).toMatch(/club-exists$/);
    // Nothing of the refused registration was kept: the user can register elsewhere with the same username.
    await registerCustomer(t.url, { username, email: `${username}@example.org` });

    const clubs = await request(t.url)
      .get('/api/v1/clubs')
      .query({ q: name.slice(-8) })
      .expect(200);
    expect(clubs.body).toMatchObject({ page: 1, pageSize: 20, total: 1, items: [{ id: organizer.club.id, name }] });
  });

  it('joins an existing club only through an invitation mailed by its organizer', async () => {
    const organizer = await registerOrganizer(t.url);
    const outsider = await registerOrganizer(t.url);
    const email = `${uniqueName('staff')}@example.org`;

    await request(t.url).post(`/api/v1/clubs/${organizer.club.id}/invitations`).set(bearer(outsider)).send({ email }).expect(403);
    const customer = await registerCustomer(t.url);
    await request(t.url).post(`/api/v1/clubs/${organizer.club.id}/invitations`).set(bearer(customer)).send({ email }).expect(403);

    const invitation = await request(t.url).post(`/api/v1/clubs/${organizer.club.id}/invitations`).set(bearer(organizer)).send({ email }).expect(201);
    expect(invitation.body).toMatchObject({ clubId: organizer.club.id, email });

    const mails = await t.smtp.waitFor(1);
    const mail = mails.find((m) => m.subject?.startsWith('Invitation to join'));
    expect(mail?.to).toMatchObject({ text: email });
    const token = /token=([^\s&]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    const username = uniqueName('steward');
    const accepted = await request(t.url)
      .post('/api/v1/invitations/accept')
      .send({ token: decodeURIComponent(token ?? ''), username, password: 'correct-horse-battery' })
      .expect(201);
    expect(bodyOf<Session>(accepted).user).toMatchObject({ role: 'organizer', clubId: organizer.club.id, email });
    await request(t.url)
      .post('/api/v1/invitations/accept')
      .send({ token: decodeURIComponent(token ?? ''), username: uniqueName('twice'), password: 'correct-horse-battery' })
      .expect(400);
  });

  it('lets the first admin create a customer account with generated credentials', async () => {
    const admin = await login(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    expect(admin.user.role).toBe('admin');
    const created = await request(t.url)
      .post('/api/v1/admin/customers')
      .set(bearer(admin))
      .send({ displayName: 'Jean-Paul Mbarga', phone: '+237670000001', telegramUserId: String(Date.now()) })
      .expect(201);
    expect(bodyOf<{ username: string; password: string }>(created).username).toMatch(/^jean-paul-\d{4}$/);
    expect(bodyOf<{ username: string; password: string }>(created).password).toHaveLength(16);
    const session = await login(
      t.url,
      bodyOf<{ username: string; password: string }>(created).username,
      bodyOf<{ username: string; password: string }>(created).password,
    );
    expect(session.user).toMatchObject({ role: 'customer', displayName: 'Jean-Paul Mbarga', email: null });
  });

  it('lets an admin reset a customer password: the new one works, the old one and old sessions do not', async () => {
    const admin = await login(t.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const customer = await registerCustomer(t.url);
    const reset = await request(t.url).post(`/api/v1/admin/customers/${customer.user.id}/password`).set(bearer(admin)).expect(200);
    expect(reset.body).toMatchObject({ username: customer.user.username, password: expect.stringMatching(/^.{16}$/) });
    await request(t.url).post('/api/v1/auth/login').send({ login: customer.user.username, password: 'correct-horse-battery' }).expect(401);
    await login(t.url, customer.user.username, bodyOf<{ username: string; password: string }>(reset).password);
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: customer.refreshToken }).expect(401);
    await request(t.url).post(`/api/v1/admin/customers/${admin.user.id}/password`).set(bearer(admin)).expect(400);
    await request(t.url).post(`/api/v1/admin/customers/${customer.user.id}/password`).set(bearer(customer)).expect(403);
  });

  it('forbids a customer from admin routes with 403', async () => {
    const customer = await registerCustomer(t.url);
    const res = await request(t.url).post('/api/v1/admin/customers').set(bearer(customer)).send({ displayName: 'Nope' }).expect(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses an expired or forged access token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJl';
    await request(t.url).get('/api/v1/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });
});

describe('login throttling per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' }, false);
  });
  afterAll(() => t.close());

  it('counts failures per client address and ignores a forged X-Forwarded-For', async () => {
    for (let i = 0; i < 3; i++) {
      await request(t.url)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ login: uniqueName('guess'), password: 'wrong-password' })
        .expect(401);
    }
    const blocked = await request(t.url)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ login: uniqueName('guess'), password: 'wrong-password' });
    expect(blocked.status).toBe(429);
  });
});
