import request from 'supertest';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

// The scanner itself lives in the console now: test/console/console.e2e-spec.ts drives it in Chromium.
describe('the old staff scanner address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, false);
  });
  afterAll(() => t?.close());

  it('sends old bookmarks to the console scanner, which the console serves', async () => {
    const moved = await request(t.url).get('/scanner').expect(301);
    expect(moved.headers.location).toBe('/admin/scanner');
    const page = await request(t.url).get('/admin/scanner').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    await request(t.url).get('/scanner/app.js').expect(404);
  });
});
