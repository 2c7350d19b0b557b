import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { registerCustomer, uniqueName } from './support/accounts';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { expect } from '@jest/globals';
import type { Problem } from './support/body';
import { bodyOf } from './support/body';

describe('malformed requests', () => {
  let t: TestApp;
  let userCount: () => Promise<number>;
  beforeAll(async () => {
    t = await startTestApp({}, false);
    const db = t.app.get<DataSource>(getDataSourceToken());
    // Only this file's accounts ('ok…'): other test files create users at the same time.
    userCount = async () => Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM app_user WHERE username LIKE 'ok%'`))[0].n);
  });
  afterAll(() => t.close());

  const valid = () => {
    const username = uniqueName('ok');
    return { email: `${username}@example.org`, username, password: 'correct-horse-battery' };
  };

  const cases: [string, () => unknown][] = [
    ['a missing field', () => ({ ...valid(), password: undefined })],
    ['a wrong type', () => ({ ...valid(), username: 12345 })],
    ['an extra field', () => ({ ...valid(), role: 'admin' })],
    ['a 1 MB string', () => ({ ...valid(), displayName: 'x'.repeat(1024 * 1024) })],
    ['a malformed email', () => ({ ...valid(), email: 'not-an-email' })],
    ['a JSON array', () => [valid()]],
    ['a JSON string', () => 'hello'],
    ['a too short password', () => ({ ...valid(), password: 'short' })],
  ];

  it.each(cases)('answers %s with 400 problem+json naming the field, and writes nothing', async (_name, body) => {
    const before = await userCount();
    const res = await request(t.url).post('/api/v1/auth/register').set('Content-Type', 'application/json').send(JSON.stringify(body()));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: expect.any(String), type: expect.stringContaining('/problems/') });
    expect(await userCount()).toBe(before);
  });

  it('lists each invalid field in errors[]', async () => {
    const res = await request(t.url).post('/api/v1/auth/register').send({ email: 'nope', username: 'a', password: 'short', isAdmin: true }).expect(400);
    const fields = (bodyOf<Problem>(res).errors ?? []).map((error) => error.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'username', 'password', 'isAdmin']));
  });

  it('answers invalid JSON with 400 problem+json', async () => {
    const before = await userCount();
    const res = await request(t.url).post('/api/v1/auth/register').set('Content-Type', 'application/json').send('{"email": "a@b.c",');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await userCount()).toBe(before);
  });

  it('answers a body over the size limit with 413 problem+json', async () => {
    const res = await request(t.url)
      .post('/api/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ...valid(), displayName: 'x'.repeat(3 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a malformed login body with 400, not 401', async () => {
    await request(t.url).post('/api/v1/auth/login').send({ login: 42 }).expect(400);
    await request(t.url).post('/api/v1/auth/login').send({ login: 'a', password: 'b', extra: 1 }).expect(400);
  });

  it('answers a malformed id or query with 400', async () => {
    await request(t.url).get('/api/v1/clubs/not-a-uuid').expect(400);
    await request(t.url).get('/api/v1/clubs').query({ page: 'first' }).expect(400);
    await request(t.url).get('/api/v1/clubs').query({ pageSize: 5000 }).expect(400);
  });

  it('answers a nested club with a bad country with 400 naming club.country', async () => {
    const session = await registerCustomer(t.url);
    expect(session.user.role).toBe('customer');
    const res = await request(t.url)
      .post('/api/v1/auth/register/organizer')
      .send({ ...valid(), club: { name: 'Some Club', country: 'Belgium' } })
      .expect(400);
    expect(bodyOf<Problem>(res).errors).toEqual([expect.objectContaining({ field: 'club.country' })]);
  });
});
