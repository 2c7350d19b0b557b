import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

const HTML = /^text\/html/;

/** A visitor's browser: the CSRF cookie and the token its form carries, taken from a real page. */
async function formSession(url: string, path = '/login'): Promise<{ cookie: string; token: string }> {
  const page = await request(url).get(path).set('Accept-Language', 'fr-BE').expect(200);
  const setCookie = ([] as string[]).concat(page.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((line) => line.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return { cookie, token };
}

describe('web forms under hostile input: a readable HTML page in the visitor’s language, never problem+json', () => {
  let t: TestApp;
  let form: { cookie: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    form = await formSession(t.url);
  });
  afterAll(async () => {
    await t?.close();
  });

  // No Origin header, as a non-browser client sends: the form token alone is checked (PUBLIC_URL is not t.url here).
  const post = (path: string, language = 'fr-BE') => request(t.url).post(path).set('Cookie', form.cookie).set('Accept-Language', language);

  it('answers a NUL byte in a login field with a French HTML 400 page', async () => {
    const res = await post('/login')
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}&login=ad%00min&password=x`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(HTML);
    expect(res.text).toContain('Demande invalide');
    expect(res.text).toContain('caractère');
    expect(res.text).not.toContain('problem');
  });

  it('answers the same NUL byte in English to an English browser', async () => {
    const res = await post('/register', 'en-GB')
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}&email=a%00@b.c&username=x&password=y`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(HTML);
    expect(res.text).toContain('invalid character');
    expect(res.text).toContain('<html lang="en">');
  });

  it('answers a body above the size limit with an HTML 413 page', async () => {
    const huge = 'a'.repeat(3 * 1024 * 1024);
    const res = await post('/password/forgot')
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}&email=${huge}`);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(HTML);
    expect(res.text).toContain('Envoi trop volumineux');
    expect(res.text).toContain('Raccourcissez le texte');
  });

  it('keeps the form and says what is wrong when one field is far too long', async () => {
    const res = await post('/register')
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}&email=${'e'.repeat(20_000)}%40example.org&username=${'u'.repeat(20_000)}&password=correct-horse-battery`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(HTML);
    expect(res.text).toContain('<form');
    expect(res.text.length).toBeLessThan(20_000);
  });

  it('answers a malformed body (broken JSON, unknown type) with HTML 400 and 415 pages', async () => {
    const broken = await post('/login').set('Content-Type', 'application/json').send('{"login": "a", ');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toMatch(HTML);
    expect(broken.text).toContain('Demande invalide');

    const unknown = await post('/login').set('Content-Type', 'text/plain').send('login=a&password=b');
    expect(unknown.status).toBe(415);
    expect(unknown.headers['content-type']).toMatch(HTML);
    expect(unknown.text).toContain('Format non pris en charge');
  });

  it('answers bad ids in page paths with HTML 404 or 400 pages', async () => {
    for (const path of ['/matches/not-a-uuid', '/films/1%27%20OR%201=1', '/series/%E2%80%AE', '/series/00000000-0000-0000-0000-000000000000']) {
      const res = await request(t.url).get(path).set('Accept-Language', 'fr-BE');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers['content-type']).toMatch(HTML);
    }
    const nul = await request(t.url).get('/matches/%00').set('Accept-Language', 'fr-BE');
    expect(nul.status).toBe(400);
    expect(nul.headers['content-type']).toMatch(HTML);
    const badPost = await post(`/matches/x%00y/reserve`)
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}&quantity=1`);
    expect(badPost.status).toBe(400);
    expect(badPost.headers['content-type']).toMatch(HTML);
    const nowhere = await post('/no/such/form')
      .type('form')
      .send(`_csrf=${encodeURIComponent(form.token)}`);
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers['content-type']).toMatch(HTML);
  });

  it('still answers problem+json under /api for the same hostile input', async () => {
    const res = await request(t.url).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"login": "a", ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const nul = await request(t.url).post('/api/v1/auth/login').send({ login: 'a\u0000b', password: 'x' });
    expect(nul.status).toBe(400);
    expect(nul.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
