import request from 'supertest';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { bodyOf } from './support/body';

describe('health and documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, false);
  });
  afterAll(() => t.close());

  it('answers liveness and readiness with Postgres and Redis up', async () => {
    await request(t.url).get('/health').expect(200, { status: 'ok' });
    const ready = await request(t.url).get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
  });

  it('serves the OpenAPI document and its viewer', async () => {
    const doc = await request(t.url).get('/api/docs-json').expect(200);
    expect(bodyOf<{ paths: Record<string, unknown> }>(doc).paths['/api/v1/auth/login']).toBeDefined();
    await request(t.url).get('/api/docs').expect(200);
  });

  it('sends security headers and only allows the configured origins', async () => {
    const allowed = await request(t.url).get('/health').set('Origin', 'http://localhost:3000');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(allowed.headers['x-content-type-options']).toBe('nosniff');
    expect(allowed.headers['content-security-policy']).toContain("default-src 'self'");
    const foreign = await request(t.url).get('/health').set('Origin', 'https://evil.example');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('echoes a sane request id and makes one up otherwise', async () => {
    const given = await request(t.url).get('/health').set('x-request-id', 'trace-1234-abcd').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-1234-abcd');
    const made = await request(t.url).get('/health').set('x-request-id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with a problem document', async () => {
    const res = await request(t.url).get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not found' });
  });
});
