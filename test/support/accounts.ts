import { randomBytes } from 'node:crypto';
import request from 'supertest';

export interface Session {
  user: { id: string; email: string; username: string; role: string; clubId?: string };
  accessToken: string;
  refreshToken: string;
}

export const uniqueName = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

export async function registerCustomer(baseUrl: string, overrides: Record<string, unknown> = {}): Promise<Session> {
  const username = uniqueName('fan');
  const res = await request(baseUrl)
    .post('/api/v1/auth/register')
    .send({ email: `${username}@example.org`, username, password: 'correct-horse-battery', ...overrides })
    .expect(201);
  return res.body as Session;
}

export async function registerOrganizer(baseUrl: string, clubName = uniqueName('Club ')): Promise<Session & { club: { id: string } }> {
  const username = uniqueName('org');
  const res = await request(baseUrl)
    .post('/api/v1/auth/register/organizer')
    .send({ email: `${username}@example.org`, username, password: 'correct-horse-battery', club: { name: clubName, country: 'BE' } })
    .expect(201);
  return res.body as Session & { club: { id: string } };
}

export async function login(baseUrl: string, loginName: string, password: string): Promise<Session> {
  const res = await request(baseUrl).post('/api/v1/auth/login').send({ login: loginName, password }).expect(200);
  return res.body as Session;
}

export const bearer = (session: { accessToken: string }) => ({ Authorization: `Bearer ${session.accessToken}` });
