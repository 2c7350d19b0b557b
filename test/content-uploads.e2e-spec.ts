import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Session } from './support/accounts';
import { bearer } from './support/accounts';
import { adminSession, API, createEpisode, createFilm, createSeason, createSeries } from './support/content/catalogue';
import { decodeJpeg, filesUnder, heldChunk, interruptedChunk, makePng, putMultipartStream, sha256 } from './support/content/files';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import type { Problem } from './support/body';
import { bodyOf } from './support/body';
import { expect } from '@jest/globals';
import type { FilmView, SeriesDetailView, ThumbnailView } from '@guichet/catalogue';
import type { UploadView } from '../libs/catalogue/src/content/media/media-views';

const CHUNK = 'application/offset+octet-stream';

describe('content uploads', () => {
  let t: TestApp;
  let admin: Session;
  let db: DataSource;
  let storageDir: string;
  const mediaRows = async (filmId: string) =>
    Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM media_file WHERE film_id = $1', [filmId]))[0].n);
  /** A path of the API taken from an absolute URL it answered (PUBLIC_URL is not this server). */
  const pathOf = (url: string) => {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  };

  beforeAll(async () => {
    t = await startTestApp({}, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    storageDir = t.config.STORAGE_DIR;
    admin = await adminSession(t.url);
  });
  afterAll(() => t.close());

  describe('thumbnails', () => {
    it('turns a real PNG into the standard JPEG, serves it publicly and replaces it', async () => {
      const film = await createFilm(t.url, admin);
      const put = await request(t.url)
        .put(`${API}/films/${film.id}/thumbnail`)
        .set(bearer(admin))
        .attach('file', makePng(300, 200), { filename: 'affiche.png', contentType: 'image/png' })
        .expect(200);
      expect(put.body).toEqual({
        thumbnailUrl: expect.stringMatching(/^http:\/\/localhost:3000\/api\/v1\/thumbnails\/films\/.+\.jpg\?v=/),
        width: 480,
        height: 720,
        contentType: 'image/jpeg',
      });
      expect(bodyOf<ThumbnailView>(put).thumbnailUrl).toContain(film.id);
      const read = await request(t.url).get(`${API}/films/${film.id}`).expect(200);
      expect(bodyOf<FilmView>(read).thumbnailUrl).toBe(bodyOf<ThumbnailView>(put).thumbnailUrl);

      const image = await request(t.url)
        .get(pathOf(bodyOf<ThumbnailView>(put).thumbnailUrl))
        .buffer(true)
        .expect(200);
      expect(image.headers['content-type']).toBe('image/jpeg');
      expect(image.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(Number(image.headers['content-length'])).toBe((image.body as Buffer).length);
      expect([...(image.body as Buffer).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(decodeJpeg(image.body as Buffer)).toMatchObject({ width: 480, height: 720 });
      const stored = (await filesUnder(storageDir)).filter((file) => file.startsWith('thumbnails/'));
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(read.body)).not.toContain(stored[0]);

      const again = await request(t.url)
        .put(`${API}/films/${film.id}/thumbnail`)
        .set(bearer(admin))
        .attach('file', makePng(200, 300), { filename: 'autre.png', contentType: 'image/png' })
        .expect(200);
      expect(bodyOf<ThumbnailView>(again).thumbnailUrl).not.toBe(bodyOf<ThumbnailView>(put).thumbnailUrl);
      const now = (await filesUnder(storageDir)).filter((file) => file.startsWith('thumbnails/'));
      expect(now).toHaveLength(1);
      expect(now).not.toEqual(stored);
    });

    it('gives series, seasons and episodes thumbnails too', async () => {
      const series = await createSeries(t.url, admin);
      const season = await createSeason(t.url, admin, series.id, 1);
      const episode = await createEpisode(t.url, admin, season.id, 1);
      for (const [kind, id] of [
        ['series', series.id],
        ['seasons', season.id],
        ['episodes', episode.id],
      ]) {
        const res = await request(t.url)
          .put(`${API}/${kind}/${id}/thumbnail`)
          .set(bearer(admin))
          .attach('file', makePng(120, 180), { filename: 'x.png', contentType: 'image/png' })
          .expect(200);
        expect(bodyOf<ThumbnailView>(res).thumbnailUrl).toContain(`/thumbnails/${kind}/${id}.jpg`);
        await request(t.url)
          .get(pathOf(bodyOf<ThumbnailView>(res).thumbnailUrl))
          .expect(200)
          .expect('content-type', 'image/jpeg');
      }
      const detail = await request(t.url).get(`${API}/series/${series.id}`).expect(200);
      expect(bodyOf<SeriesDetailView>(detail).thumbnailUrl).toEqual(expect.any(String));
      expect(bodyOf<SeriesDetailView>(detail).seasons[0].thumbnailUrl).toEqual(expect.any(String));
      expect(bodyOf<SeriesDetailView>(detail).seasons[0].episodes[0].thumbnailUrl).toEqual(expect.any(String));
    });

    const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const refused: [string, () => Buffer, string, number, RegExp][] = [
      ['a text file renamed .png', () => Buffer.from('Bonjour, je suis un fichier texte.\n'.repeat(20)), 'affiche.png', 415, /unsupported-image$/],
      ['an empty file', () => Buffer.alloc(0), 'vide.png', 400, /empty-file$/],
      ['a file over 5 MB', () => Buffer.concat([pngSignature, randomBytes(5 * 1024 * 1024)]), 'enorme.png', 413, /image-too-large$/],
      ['a PNG header over garbage', () => Buffer.concat([makePng(40, 40).subarray(0, 33), randomBytes(2000)]), 'casse.png', 400, /invalid-image$/],
      ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'anim.png', 415, /unsupported-image$/],
      ['a WebP (no encoder for it yet)', () => Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1'), 'a.webp', 415, /unsupported-image$/],
    ];

    it.each(refused)('refuses %s with a problem and stores nothing', async (_name, bytes, filename, status, type) => {
      const film = await createFilm(t.url, admin);
      const before = await filesUnder(storageDir);
      const res = await request(t.url)
        .put(`${API}/films/${film.id}/thumbnail`)
        .set(bearer(admin))
        .attach('file', bytes(), { filename, contentType: 'image/png' });
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(bodyOf<Problem>(res).type).toMatch(type);
      expect(await filesUnder(storageDir)).toEqual(before);
      expect(bodyOf<FilmView>(await request(t.url).get(`${API}/films/${film.id}`).expect(200)).thumbnailUrl).toBeNull();
    });

    it('refuses a body that is not multipart, a missing file field and an unknown film', async () => {
      const film = await createFilm(t.url, admin);
      const json = await request(t.url).put(`${API}/films/${film.id}/thumbnail`).set(bearer(admin)).send({ file: 'x' }).expect(415);
      expect(bodyOf<Problem>(json).type).toMatch(/multipart-required$/);
      await request(t.url).put(`${API}/films/${film.id}/thumbnail`).set(bearer(admin)).attach('image', makePng(10, 10), 'a.png').expect(400);
      await request(t.url)
        .put(`${API}/films/00000000-0000-4000-8000-000000000000/thumbnail`)
        .set(bearer(admin))
        .attach('file', makePng(10, 10), 'a.png')
        .expect(404);
      await request(t.url).get(`${API}/thumbnails/films/${film.id}.jpg`).expect(404);
      await request(t.url).get(`${API}/thumbnails/elsewhere/${film.id}.jpg`).expect(404);
      await request(t.url).get(`${API}/thumbnails/films/..%2F..%2Fetc%2Fpasswd`).expect(404);
    });
  });

  describe('media files', () => {
    const mediaFiles = async () => (await filesUnder(storageDir)).filter((file) => file.startsWith('media/'));

    it('streams a multipart upload to storage and records its size and SHA-256', async () => {
      const film = await createFilm(t.url, admin);
      const bytes = randomBytes(3 * 1024 * 1024 + 17);
      const res = await putMultipartStream(`${t.url}${API}/films/${film.id}/media`, bearer(admin), {
        fileName: 'Les Misérables (2012).mp4',
        contentType: 'video/mp4',
        size: bytes.length,
        body: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.any(String),
        fileName: 'Les Misérables (2012).mp4',
        contentType: 'video/mp4',
        size: bytes.length,
        sha256: sha256(bytes),
        uploadedAt: expect.any(String),
      });
      const stored = await mediaFiles();
      expect(stored).toHaveLength(1);
      expect(sha256(await readFile(join(storageDir, stored[0])))).toBe(sha256(bytes));

      const read = await request(t.url).get(`${API}/films/${film.id}`).expect(200);
      expect(read.body).toMatchObject({ hasMedia: true, media: { size: bytes.length, sha256: sha256(bytes), contentType: 'video/mp4' } });
      expect(JSON.stringify(read.body)).not.toContain(stored[0]);

      // A new file replaces the old one, on disk too.
      const other = randomBytes(1000);
      const replaced = await putMultipartStream(`${t.url}${API}/films/${film.id}/media`, bearer(admin), {
        fileName: 'v2.mkv',
        contentType: 'text/html',
        size: other.length,
        body: Readable.from([other]),
      });
      expect(replaced.body).toMatchObject({ size: 1000, sha256: sha256(other), contentType: 'application/octet-stream' });
      const after = await mediaFiles();
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(stored);
      expect(Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM media_file WHERE film_id = $1', [film.id]))[0].n)).toBe(1);
    });

    it.each(['../../etc/passwd', '..\\evil.mp4', 'videos/film.mp4', '..'])('refuses the file name %j with 400 and stores nothing', async (fileName) => {
      const film = await createFilm(t.url, admin);
      const before = await filesUnder(storageDir);
      const rows = await mediaRows(film.id);
      const bytes = randomBytes(64 * 1024);
      const res = await putMultipartStream(`${t.url}${API}/films/${film.id}/media`, bearer(admin), {
        fileName,
        contentType: 'video/mp4',
        size: bytes.length,
        body: Readable.from([bytes]),
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(bodyOf<Problem>(res).type).toMatch(/unsafe-file-name$/);
      const upload = await request(t.url)
        .post(`${API}/films/${film.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: 100, fileName, contentType: 'video/mp4' })
        .expect(400);
      expect(bodyOf<Problem>(upload).type).toMatch(/unsafe-file-name$/);
      expect(await filesUnder(storageDir)).toEqual(before);
      expect(await mediaRows(film.id)).toBe(rows);
      expect(bodyOf<FilmView>(await request(t.url).get(`${API}/films/${film.id}`).expect(200)).hasMedia).toBe(false);
    });

    it('uploads the media of an episode', async () => {
      const series = await createSeries(t.url, admin);
      const season = await createSeason(t.url, admin, series.id, 1);
      const episode = await createEpisode(t.url, admin, season.id, 1);
      const bytes = randomBytes(200_000);
      const res = await putMultipartStream(`${t.url}${API}/episodes/${episode.id}/media`, bearer(admin), {
        fileName: 'e01.mp4',
        contentType: 'video/mp4',
        size: bytes.length,
        body: Readable.from([bytes]),
      });
      expect(res.body).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
      const detail = await request(t.url).get(`${API}/series/${series.id}`).expect(200);
      expect(bodyOf<SeriesDetailView>(detail).seasons[0].episodes[0]).toMatchObject({ hasMedia: true, media: { size: bytes.length } });

      // The resumable way replaces it.
      const next = randomBytes(5000);
      const created = await request(t.url)
        .post(`${API}/episodes/${episode.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: next.length, fileName: 'e01-v2.mp4', contentType: 'video/mp4' })
        .expect(201);
      const path = `${API}/episodes/${episode.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`;
      expect(created.headers.location).toBe(path);
      await request(t.url)
        .patch(path)
        .set(bearer(admin))
        .set('Upload-Offset', '0')
        .set('Content-Type', 'application/offset+octet-stream')
        .send(next)
        .expect(200);
      await request(t.url).head(path).set(bearer(admin)).expect(200).expect('upload-offset', String(next.length));
      const episodeView = await request(t.url).get(`${API}/episodes/${episode.id}`).expect(200);
      expect(episodeView.body).toMatchObject({ hasMedia: true, media: { size: next.length, sha256: sha256(next), fileName: 'e01-v2.mp4' } });
      // An upload belongs to its owner: not reachable through another episode's path.
      const other = await createEpisode(t.url, admin, season.id, 2);
      await request(t.url)
        .get(`${API}/episodes/${other.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`)
        .set(bearer(admin))
        .expect(404);
    });
  });

  describe('resumable uploads', () => {
    const MiB = 1024 * 1024;

    it('takes 3 chunks, refuses a wrong offset (409), survives a cut connection and completes with the right checksum', async () => {
      const film = await createFilm(t.url, admin);
      const data = randomBytes(3 * MiB + 123);
      const [c1, c2, c3] = [data.subarray(0, MiB), data.subarray(MiB, 2 * MiB), data.subarray(2 * MiB)];

      const created = await request(t.url)
        .post(`${API}/films/${film.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: data.length, fileName: 'film.mp4', contentType: 'video/mp4' })
        .expect(201);
      expect(created.body).toMatchObject({ uploadId: expect.any(String), offset: 0, size: data.length, status: 'uploading' });
      const path = `${API}/films/${film.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`;
      expect(created.headers.location).toBe(path);
      const patch = (offset: number, body: Buffer) =>
        request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', String(offset)).set('Content-Type', CHUNK).send(body);

      const first = await patch(0, c1).expect(200);
      expect(first.body).toMatchObject({ offset: MiB, status: 'uploading', sha256: null });
      expect(first.headers['upload-offset']).toBe(String(MiB));

      // The third chunk sent where the second belongs: refused, nothing written.
      const skipped = await patch(2 * MiB, c3).expect(409);
      expect(bodyOf<Problem>(skipped).type).toMatch(/upload-offset-mismatch$/);
      expect(bodyOf<Problem>(skipped).detail).toContain(String(MiB));
      // The first chunk sent twice: refused too.
      await patch(0, c1).expect(409);
      const head = await request(t.url).head(path).set(bearer(admin)).expect(200);
      expect(head.headers['upload-offset']).toBe(String(MiB));
      expect(head.headers['upload-length']).toBe(String(data.length));

      // The second chunk is cut after half a megabyte: what arrived is kept.
      await interruptedChunk(`${t.url}${path}`, { ...bearer(admin), 'Upload-Offset': String(MiB) }, c2, MiB / 2);
      let status = bodyOf<UploadView>(await request(t.url).get(path).set(bearer(admin)).expect(200));
      for (let tries = 0; status.busy && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = bodyOf<UploadView>(await request(t.url).get(path).set(bearer(admin)).expect(200));
      }
      expect(status.busy).toBe(false);
      const resumeAt = status.offset;
      expect(resumeAt).toBeGreaterThan(MiB);
      expect(resumeAt).toBeLessThanOrEqual(MiB + MiB / 2);

      await patch(resumeAt, data.subarray(resumeAt, 2 * MiB)).expect(200);
      const done = await patch(2 * MiB, c3).expect(200);
      expect(done.body).toMatchObject({ status: 'ready', offset: data.length, size: data.length, sha256: sha256(data) });

      const read = await request(t.url).get(`${API}/films/${film.id}`).expect(200);
      expect(read.body).toMatchObject({ hasMedia: true, media: { size: data.length, sha256: sha256(data), fileName: 'film.mp4' } });
      const completed = await patch(data.length, Buffer.alloc(0)).expect(409);
      expect(bodyOf<Problem>(completed).type).toMatch(/upload-complete$/);
    });

    it('lets one request at a time write to an upload (409 while another one is writing)', async () => {
      const film = await createFilm(t.url, admin);
      const data = randomBytes(256 * 1024);
      const created = await request(t.url)
        .post(`${API}/films/${film.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: data.length, fileName: 'lent.mp4' })
        .expect(201);
      const path = `${API}/films/${film.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`;
      const slow = heldChunk(`${t.url}${path}`, { ...bearer(admin), 'Upload-Offset': '0' }, data, 1000);
      let status = bodyOf<UploadView>(await request(t.url).get(path).set(bearer(admin)).expect(200));
      for (let tries = 0; !status.busy && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = bodyOf<UploadView>(await request(t.url).get(path).set(bearer(admin)).expect(200));
      }
      expect(status).toMatchObject({ busy: true, offset: 0 });
      const concurrent = await request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', '0').set('Content-Type', CHUNK).send(data).expect(409);
      expect(bodyOf<Problem>(concurrent).type).toMatch(/upload-busy$/);
      await request(t.url).delete(path).set(bearer(admin)).expect(409);
      const finished = await slow.finish();
      expect(finished.status).toBe(200);
      expect(finished.body).toMatchObject({ status: 'ready', sha256: sha256(data), busy: false });
    });

    it('checks the chunk headers and the declared size', async () => {
      const film = await createFilm(t.url, admin);
      const created = await request(t.url)
        .post(`${API}/films/${film.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: 10, fileName: 'court.mp4' })
        .expect(201);
      const path = `${API}/films/${film.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`;
      const empty = await request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', '0').set('Content-Type', CHUNK).send(Buffer.alloc(0)).expect(200);
      expect(empty.body).toMatchObject({ offset: 0, status: 'uploading' });
      await request(t.url).patch(path).set(bearer(admin)).set('Content-Type', CHUNK).send(Buffer.alloc(5)).expect(400);
      await request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', '-1').set('Content-Type', CHUNK).send(Buffer.alloc(5)).expect(400);
      await request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', '0').send({ bytes: 'x' }).expect(415);
      const tooLong = await request(t.url)
        .patch(path)
        .set(bearer(admin))
        .set('Upload-Offset', '0')
        .set('Content-Type', CHUNK)
        .send(Buffer.alloc(11))
        .expect(413);
      expect(bodyOf<Problem>(tooLong).type).toMatch(/chunk-too-long$/);
      await request(t.url).post(`${API}/films/${film.id}/media/uploads`).set(bearer(admin)).send({ size: 0, fileName: 'vide.mp4' }).expect(400);
      await request(t.url).get(`${API}/films/${film.id}/media/uploads/00000000-0000-4000-8000-000000000000`).set(bearer(admin)).expect(404);
    });

    it('cancels an upload and removes its bytes', async () => {
      const film = await createFilm(t.url, admin);
      const created = await request(t.url)
        .post(`${API}/films/${film.id}/media/uploads`)
        .set(bearer(admin))
        .send({ size: 1000, fileName: 'abandon.mp4' })
        .expect(201);
      const path = `${API}/films/${film.id}/media/uploads/${bodyOf<UploadView>(created).uploadId}`;
      const before = await filesUnder(storageDir);
      await request(t.url).patch(path).set(bearer(admin)).set('Upload-Offset', '0').set('Content-Type', CHUNK).send(Buffer.alloc(400)).expect(200);
      expect((await filesUnder(storageDir)).length).toBe(before.length + 1);
      await request(t.url).delete(path).set(bearer(admin)).expect(204);
      expect(await filesUnder(storageDir)).toEqual(before);
      await request(t.url).get(path).set(bearer(admin)).expect(404);
    });
  });
});
