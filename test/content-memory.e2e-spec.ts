import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Session } from './support/accounts';
import { bearer } from './support/accounts';
import { adminSession, API, createFilm } from './support/content/catalogue';
import { generatedStream, patchChunkStream, putMultipartStream, RssSampler, slicer } from './support/content/files';
import type { RunningApi } from './support/api-process';
import { buildApps, freePort, spawnApi } from './support/api-process';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { bodyOf } from './support/body';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/**
 * The server's own growth: it runs as its own process (the built api app), so that neither this test's
 * client nor a Jest worker's heap left by earlier files (1.3 GB once, which let garbage pile up) is counted.
 */
const MAX_RSS_GROWTH = 150 * MiB;

/** Numbers for the report, printed without going through a logger. */
const report = (line: string) => process.stdout.write(`[content-memory] ${line}\n`);

describe('media uploads of a gigabyte', () => {
  let t: TestApp;
  let server: RunningApi;
  let admin: Session;
  let db: DataSource;

  beforeAll(async () => {
    // The test app creates the database and the admin; the uploads go to the built api app beside it.
    t = await startTestApp({}, false);
    db = t.app.get<DataSource>(getDataSourceToken());
    buildApps();
    const port = await freePort();
    server = await spawnApi('api', port, {
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL: t.config.REDIS_URL,
      REDIS_PREFIX: t.config.REDIS_PREFIX,
      JWT_SECRET: t.config.JWT_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: t.smtp.url,
      MAIL_FROM: t.config.MAIL_FROM,
      STORAGE_DIR: t.config.STORAGE_DIR,
      LOG_LEVEL: 'error',
    });
    admin = await adminSession(server.url);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await t.close();
  });

  const storedSize = async (filmId: string) => {
    const [row] = await db.query<{ storage_key: string }[]>(`SELECT storage_key FROM media_file WHERE film_id = $1 AND status = 'ready'`, [filmId]);
    return (await stat(join(t.config.STORAGE_DIR, row.storage_key))).size;
  };

  it('streams 1 GB of multipart to storage with RSS growth under 150 MB, and the right SHA-256', async () => {
    const film = await createFilm(server.url, admin);
    const generated = generatedStream(GiB);
    const sampler = new RssSampler(server.pid).start(100);
    const started = process.hrtime.bigint();
    const res = await putMultipartStream(`${server.url}${API}/films/${film.id}/media`, bearer(admin), {
      fileName: 'long-métrage.mp4',
      contentType: 'video/mp4',
      size: GiB,
      body: generated.stream,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rss = sampler.stop();
    report(
      `multipart 1 GiB: ${seconds.toFixed(1)} s, ${(GiB / MiB / seconds).toFixed(0)} MiB/s; ` +
        `RSS baseline ${(rss.baseline / MiB).toFixed(0)} MiB, peak ${(rss.peak / MiB).toFixed(0)} MiB, ` +
        `growth ${(rss.growth / MiB).toFixed(0)} MiB over ${rss.samples} samples`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ size: GiB, sha256: generated.hash() });
    expect(await storedSize(film.id)).toBe(GiB);
    expect(rss.growth).toBeLessThan(MAX_RSS_GROWTH);
  }, 180_000);

  it('takes 1 GB as four resumable chunks with the same bound', async () => {
    const film = await createFilm(server.url, admin);
    const created = await request(server.url)
      .post(`${API}/films/${film.id}/media/uploads`)
      .set(bearer(admin))
      .send({ size: GiB, fileName: 'long-métrage.mkv', contentType: 'video/x-matroska' })
      .expect(201);
    const url = `${server.url}${API}/films/${film.id}/media/uploads/${bodyOf<{ uploadId: string }>(created).uploadId}`;
    // One generated file cut into four bodies, so that the test knows the whole file's hash.
    const generated = generatedStream(GiB);
    const bodies = slicer(generated.stream);
    const sampler = new RssSampler(server.pid).start(100);
    const started = process.hrtime.bigint();
    let last;
    for (let offset = 0; offset < GiB; offset += GiB / 4) {
      last = await patchChunkStream(url, bearer(admin), offset, GiB / 4, bodies.next(GiB / 4));
      expect({ offset, status: last.status }).toEqual({ offset, status: 200 });
    }
    await bodies.end();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rss = sampler.stop();
    report(
      `resumable 4 × 256 MiB (hash recomputed from disk at the end): ${seconds.toFixed(1)} s, ${(GiB / MiB / seconds).toFixed(0)} MiB/s; ` +
        `RSS baseline ${(rss.baseline / MiB).toFixed(0)} MiB, peak ${(rss.peak / MiB).toFixed(0)} MiB, growth ${(rss.growth / MiB).toFixed(0)} MiB`,
    );
    expect(last?.body).toMatchObject({ status: 'ready', offset: GiB, sha256: generated.hash() });
    expect(await storedSize(film.id)).toBe(GiB);
    expect(rss.growth).toBeLessThan(MAX_RSS_GROWTH);
  }, 180_000);
});
