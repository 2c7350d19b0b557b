import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Session } from '../support/accounts';
import { bearer, registerCustomer } from '../support/accounts';
import { adminSession, API, createFilm } from '../support/content/catalogue';
import { sha256 } from '../support/content/files';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const TUS = { 'Tus-Resumable': '1.0.0' };
const CHUNK_TYPE = 'application/offset+octet-stream';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const digest = (algorithm: string, bytes: Buffer) => createHash(algorithm).update(bytes).digest('base64');
/** supertest types bodies as any: these are the two shapes read here. */
const detailOf = (response: request.Response) => (response.body as { detail: string }).detail;
const mediaOf = (response: request.Response) => (response.body as { media: unknown }).media;

/** The media upload as any tus 1.0 client speaks it (the console's tus-js-client is driven in console-catalogue). */
describe('media uploads over tus 1.0', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp({}, false);
    admin = await adminSession(t.url);
  });
  afterAll(() => t?.close());

  const create = (filmId: string, size: number, metadata = `filename ${b64('film.mp4')},filetype ${b64('video/mp4')}`) =>
    request(t.url).post(`${API}/films/${filmId}/media/tus`).set(bearer(admin)).set(TUS).set('Upload-Length', String(size)).set('Upload-Metadata', metadata);
  const patch = (location: string, offset: number, bytes: Buffer) =>
    request(t.url).patch(location).set(bearer(admin)).set(TUS).set('Upload-Offset', String(offset)).set('Content-Type', CHUNK_TYPE).send(bytes);

  it('creates, reports the offset, takes chunks in order and completes with the sha256 of the whole file', async () => {
    const film = await createFilm(t.url, admin);
    const bytes = randomBytes(300_000);
    const created = await create(film.id, bytes.length).expect(201);
    expect(created.headers['tus-resumable']).toBe('1.0.0');
    const location = created.headers.location;
    expect(location).toMatch(new RegExp(`^${API}/films/${film.id}/media/tus/[0-9a-f-]{36}$`));

    const head = await request(t.url).head(location).set(bearer(admin)).set(TUS).expect(200);
    expect(head.headers).toMatchObject({ 'upload-offset': '0', 'upload-length': String(bytes.length), 'cache-control': 'no-store', 'tus-resumable': '1.0.0' });

    const first = await patch(location, 0, bytes.subarray(0, 100_000)).expect(204);
    expect(first.headers['upload-offset']).toBe('100000');
    // A chunk sent at a stale offset is refused, and says where the upload stands.
    const stale = await patch(location, 0, bytes.subarray(0, 100_000)).expect(409);
    expect(stale.headers['tus-resumable']).toBe('1.0.0');
    expect(detailOf(stale)).toContain('100000');
    expect((await request(t.url).head(location).set(bearer(admin)).set(TUS).expect(200)).headers['upload-offset']).toBe('100000');

    const last = await patch(location, 100_000, bytes.subarray(100_000)).expect(204);
    expect(last.headers['upload-offset']).toBe(String(bytes.length));
    const stored = await request(t.url).get(`${API}/films/${film.id}`).set(bearer(admin)).expect(200);
    expect(mediaOf(stored)).toMatchObject({ size: bytes.length, sha256: sha256(bytes), fileName: 'film.mp4', contentType: 'video/mp4' });
    // Complete: nothing more is written.
    await patch(location, bytes.length, Buffer.from('x')).expect(409);
  });

  it('drops a chunk whose Upload-Checksum does not match (460) and takes it again when it does', async () => {
    const film = await createFilm(t.url, admin);
    const bytes = randomBytes(64_000);
    const location = (await create(film.id, bytes.length).expect(201)).headers.location;
    const half = bytes.subarray(0, 32_000);
    const wrong = await patch(location, 0, half)
      .set('Upload-Checksum', `sha1 ${digest('sha1', Buffer.from('other bytes'))}`)
      .expect(460);
    expect(detailOf(wrong)).toContain('offset 0');
    expect((await request(t.url).head(location).set(bearer(admin)).set(TUS).expect(200)).headers['upload-offset']).toBe('0');
    await patch(location, 0, half)
      .set('Upload-Checksum', `sha256 ${digest('sha256', half)}`)
      .expect(204);
    await patch(location, 32_000, bytes.subarray(32_000))
      .set('Upload-Checksum', `md5 ${digest('md5', bytes.subarray(32_000))}`)
      .expect(204);
    const stored = await request(t.url).get(`${API}/films/${film.id}`).set(bearer(admin)).expect(200);
    expect(mediaOf(stored)).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
    await patch(location, 0, half).set('Upload-Checksum', `crc32 AAAA`).expect(400);
  });

  it('refuses what tus forbids with the status a tus client expects', async () => {
    const film = await createFilm(t.url, admin);
    // No Tus-Resumable: 412, naming the version spoken.
    const old = await request(t.url).post(`${API}/films/${film.id}/media/tus`).set(bearer(admin)).set('Upload-Length', '10').expect(412);
    expect(old.headers['tus-version']).toBe('1.0.0');
    await create(film.id, 0).expect(400);
    await create(film.id, 51 * 1024 ** 3).expect(413);
    await create(film.id, 10, `filetype ${b64('video/mp4')}`).expect(400);
    await create(film.id, 10, `filename ${b64('../../etc/passwd')}`).expect(400);
    await create(film.id, 10, 'filename not base64!').expect(400);
    const location = (await create(film.id, 10).expect(201)).headers.location;
    await request(t.url)
      .patch(location)
      .set(bearer(admin))
      .set(TUS)
      .set('Upload-Offset', '0')
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.alloc(10))
      .expect(415);
    await patch(location, 5, Buffer.alloc(5)).expect(409);
    // Only admins upload; a customer is refused, the anonymous too.
    const customer = await registerCustomer(t.url);
    await request(t.url).head(location).set(bearer(customer)).set(TUS).expect(403);
    await request(t.url).head(location).set(TUS).expect(401);
    // Termination: the upload and its bytes are gone.
    await request(t.url).delete(location).set(bearer(admin)).set(TUS).expect(204);
    await request(t.url).head(location).set(bearer(admin)).set(TUS).expect(404);
  });
});
