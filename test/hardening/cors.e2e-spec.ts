import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const CONSOLE = 'https://console.guichet.test';

describe('CORS for the console on another origin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CONSOLE_URL: CONSOLE }, false);
  });
  afterAll(() => t?.close());

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])('allows a %s preflight with the headers the console sends', async (method) => {
    const res = await request(t.url)
      .options('/api/v1/films/00000000-0000-4000-8000-000000000000')
      .set('Origin', CONSOLE)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-csrf-token,idempotency-key,tus-resumable,upload-offset');
    expect(res.status).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(res.headers['access-control-allow-methods']).toContain(method);
    const allowed = String(res.headers['access-control-allow-headers']).toLowerCase();
    for (const header of ['authorization', 'content-type', 'x-csrf-token', 'idempotency-key', 'tus-resumable', 'upload-offset']) {
      expect(allowed).toContain(header);
    }
  });

  it('gives another origin no CORS grant', async () => {
    const res = await request(t.url).options('/api/v1/films').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'DELETE');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
