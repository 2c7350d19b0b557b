import request from 'supertest';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

type Operation = { security?: unknown[]; 'x-public'?: boolean };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

describe('deny by default', () => {
  let t: TestApp;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await startTestApp({}, false);
    doc = (await request(t.url).get('/api/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path: path.replace(/\{[^}]+\}/g, SAMPLE_ID), method, operation })),
    );

  it('answers 401 problem+json on every route not marked public when no token is sent', async () => {
    const guarded = operations().filter(({ operation }) => !operation['x-public']);
    expect(guarded.length).toBeGreaterThan(3);
    for (const { path, method } of guarded) {
      // A HEAD request carries no body (superagent refuses one).
      const res = method === 'head' ? await request(t.url).head(path) : await request(t.url)[method as 'get'](path).send({});
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 401 });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('marks exactly the intended routes as public', () => {
    const publicRoutes = operations()
      .filter(({ operation }) => operation['x-public'])
      .map(({ method, path }) => `${method.toUpperCase()} ${path.replaceAll(SAMPLE_ID, '{id}')}`)
      .sort();
    expect(publicRoutes).toEqual(
      [
        'GET /api/v1/clubs',
        'GET /api/v1/clubs/{id}',
        'GET /api/v1/clubs/{id}/stands',
        'GET /api/v1/competitions',
        'GET /api/v1/dl/{id}',
        'GET /api/v1/episodes/{id}',
        'GET /api/v1/films',
        'GET /api/v1/films/{id}',
        'GET /api/v1/seasons/{id}',
        'GET /api/v1/series',
        'GET /api/v1/series/{id}',
        'GET /api/v1/thumbnails/{id}/{id}',
        'GET /api/v1/matches',
        'GET /api/v1/matches/{id}',
        'POST /api/v1/payments/stripe/webhook',
        'GET /health',
        'GET /health/ready',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/register',
        'POST /api/v1/auth/register/organizer',
        'POST /api/v1/auth/session',
        'POST /api/v1/auth/session/refresh',
        'POST /api/v1/invitations/accept',
      ].sort(),
    );
    for (const { operation } of operations().filter(({ operation }) => operation['x-public'])) {
      expect(operation.security).toEqual([]);
    }
  });
});
