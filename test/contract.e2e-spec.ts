import request from 'supertest';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { bodyOf } from './support/body';

/** Every route of ../shared/API.md, as written there. Renaming one breaks outside clients: this test says so. */
const API_MD_ROUTES = [
  'post /auth/register',
  'post /auth/register/organizer',
  'post /auth/login',
  'post /auth/refresh',
  'post /auth/logout',
  'get /me',
  'post /admin/customers',
  'post /admin/customers/{}/entitlements',
  'post /clubs/{}/invitations',
  'get /clubs',
  'get /competitions',
  'post /competitions',
  'patch /competitions/{}',
  'delete /competitions/{}',
  'get /clubs/{}/stands',
  'post /clubs/{}/stands',
  'patch /stands/{}',
  'delete /stands/{}',
  'get /matches',
  'get /matches/{}',
  'post /matches',
  'patch /matches/{}',
  'delete /matches/{}',
  'get /films',
  'get /series',
  'get /films/{}',
  'get /series/{}',
  'post /films',
  'patch /films/{}',
  'delete /films/{}',
  'post /series',
  'patch /series/{}',
  'delete /series/{}',
  'post /series/{}/seasons',
  'patch /seasons/{}',
  'delete /seasons/{}',
  'post /seasons/{}/episodes',
  'patch /episodes/{}',
  'delete /episodes/{}',
  'put /films/{}/thumbnail',
  'put /series/{}/thumbnail',
  'put /seasons/{}/thumbnail',
  'put /episodes/{}/thumbnail',
  'put /films/{}/media',
  'put /episodes/{}/media',
  'get /catalogue/export',
  'post /orders',
  'get /orders/{}',
  'get /me/orders',
  'post /orders/{}/cancel',
  'post /orders/{}/payment-proof',
  'get /admin/payments',
  'post /admin/payments/{}/approve',
  'post /admin/payments/{}/reject',
  'post /payments/stripe/webhook',
  'post /clubs/{}/stripe/onboarding',
  'get /me/tickets',
  'get /tickets/{}/qr.png',
  'get /tickets/{}/qr.svg',
  'get /me/library',
  'post /me/library/downloads',
  'get /dl/{}',
  'post /clubs/{}/gates',
  'get /clubs/{}/gates',
  'post /access/scan',
  'get /matches/{}/attendance',
  'get /gates/{}/offline-bundle',
  'post /gates/{}/scans',
];

describe('the public contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, false);
  });
  afterAll(() => t.close());

  it('serves every route of API.md, under its name, in the OpenAPI document', async () => {
    const { paths } = bodyOf<{ paths: Record<string, Record<string, unknown>> }>(await request(t.url).get('/api/docs-json').expect(200));
    const served = new Set(
      Object.entries(paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method} ${path.replace('/api/v1', '').replace(/\{[^}]+\}/g, '{}')}`),
      ),
    );
    expect(API_MD_ROUTES.filter((route) => !served.has(route))).toEqual([]);
  });

  it('serves health outside the API prefix', async () => {
    await request(t.url).get('/health').expect(200);
    await request(t.url).get('/health/ready').expect(200);
  });
});
