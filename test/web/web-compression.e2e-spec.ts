import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { IncomingHttpHeaders } from 'node:http';
import { get } from 'node:http';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** The raw bytes of a response, as the network carried them (supertest would decode gzip and br itself). */
function raw(url: string, path: string, encoding?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const headers: Record<string, string> = { 'Accept-Language': 'fr-BE', ...(encoding !== undefined ? { 'Accept-Encoding': encoding } : {}) };
  return new Promise((resolve, reject) => {
    get(`${url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('web pages compressed for metered phone networks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends the home page, the stylesheet and the script brotli- or gzip-compressed when the browser accepts it', async () => {
    const page = await raw(t.url, '/');
    const plain = await raw(t.url, '/', 'identity');
    expect(page.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const css = /href="(\/web\/app\.css\?v=[^"]+)"/.exec(plain.body.toString())?.[1] as string;
    const js = /src="(\/web\/app\.js\?v=[^"]+)"/.exec(plain.body.toString())?.[1] as string;

    for (const path of ['/', css, js, '/login']) {
      const identity = await raw(t.url, path, 'identity');
      const br = await raw(t.url, path, 'gzip, deflate, br');
      const gzip = await raw(t.url, path, 'gzip, deflate');
      expect({ path, br: br.headers['content-encoding'], gzip: gzip.headers['content-encoding'] }).toEqual({ path, br: 'br', gzip: 'gzip' });
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      // The same content, a fraction of the bytes. The assets are compared byte for byte; the pages are whole pages
      // with the same title (the CSRF token differs per browser, and specs running beside this one change the
      // list of upcoming matches between two requests).
      const decoded = { br: brotliDecompressSync(br.body).toString(), gzip: gunzipSync(gzip.body).toString() };
      if (path === css || path === js) {
        expect(decoded).toEqual({ br: identity.body.toString(), gzip: identity.body.toString() });
      } else {
        const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
        for (const html of [decoded.br, decoded.gzip]) {
          expect(html.trimEnd().endsWith('</html>')).toBe(true);
          expect(title(html)).toBe(title(identity.body.toString()));
        }
      }
      expect(br.body.length).toBeLessThan(identity.body.length * 0.6);
      expect(gzip.body.length).toBeLessThan(identity.body.length * 0.6);
    }
  });

  it('compresses the HTML error pages too', async () => {
    const missing = await raw(t.url, '/no/such/page', 'gzip');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(missing.body).toString()).toContain('Page introuvable');
  });
});
