import request from 'supertest';
import type { Session } from '../support/accounts';
import { registerCustomer, uniqueName } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { expect } from '@jest/globals';
import type { Problem } from '../support/body';
import { bodyOf } from '../support/body';

const LOGIN = '/api/v1/auth/login';
const RIGHT = 'correct-horse-battery';

describe('login abuse', () => {
  let t: TestApp;
  // TRUST_PROXY lets the test speak from several addresses through X-Forwarded-For.
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '127.0.0.1', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '1000' }, false);
  });
  afterAll(() => t?.close());

  const attempt = (login: string, password: string, ip: string) => request(t.url).post(LOGIN).set('X-Forwarded-For', ip).send({ login, password });

  it('checks at most 5 of 26 parallel guesses and refuses the right password sent 16th', async () => {
    const victim = await registerCustomer(t.url);
    const guesses = Array.from({ length: 26 }, (_, i) => (i === 15 ? RIGHT : `wrong-guess-${i}`));
    const answers = await Promise.all(guesses.map((password) => attempt(victim.user.username, password, '203.0.113.9')));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401 || status === 200).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401 && status !== 200 && status !== 429)).toEqual([]);
    expect(statuses[15]).toBe(429);
  });

  it('counts the username and the email of one account together', async () => {
    const victim = await registerCustomer(t.url);
    for (let i = 0; i < 3; i++) await attempt(victim.user.username, 'wrong-password-x', '203.0.113.20').expect(401);
    for (let i = 0; i < 2; i++) await attempt(victim.user.email, 'wrong-password-x', '203.0.113.20').expect(401);
    await attempt(victim.user.email.toUpperCase(), 'wrong-password-x', '203.0.113.20').expect(429);
  });

  it('does not let an attacker elsewhere lock the owner out', async () => {
    const owner: Session = await registerCustomer(t.url);
    for (let i = 0; i < 8; i++) await attempt(owner.user.username, `attacker-${i}-guess`, '198.51.100.66');
    const refused = await attempt(owner.user.username, 'another-guess-1', '198.51.100.66').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const ownLogin = await attempt(owner.user.email, RIGHT, '192.0.2.10');
    expect(ownLogin.status).toBe(200);
  });

  it.each(['aaaaaaaaaa', '1234567890', 'password12', '          '])('refuses the weak password %j at registration', async (password) => {
    const username = uniqueName('weak');
    const res = await request(t.url)
      .post('/api/v1/auth/register')
      .send({ email: `${username}@example.org`, username, password })
      .expect(400);
    expect(bodyOf<Problem>(res).errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });
});
