import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { JobName, QueueName } from '@guichet/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Session } from './support/accounts';
import { bearer } from './support/accounts';
import { adminSession, API, createFilm } from './support/content/catalogue';
import { filesUnder } from './support/content/files';
import { eventually } from './support/eventually';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { bodyOf } from './support/body';

describe('abandoned resumable uploads', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    admin = await adminSession(t.url);
  });
  afterAll(() => t.close());

  async function startedUpload(): Promise<{ filmId: string; uploadId: string }> {
    const film = await createFilm(t.url, admin, { title: `Upload ${randomBytes(3).toString('hex')}` });
    const created = await request(t.url)
      .post(`${API}/films/${film.id}/media/uploads`)
      .set(bearer(admin))
      .send({ size: 1000, fileName: 'film.mp4', contentType: 'video/mp4' })
      .expect(201);
    const { uploadId } = bodyOf<{ uploadId: string }>(created);
    await request(t.url)
      .patch(`${API}/films/${film.id}/media/uploads/${uploadId}`)
      .set(bearer(admin))
      .set('Upload-Offset', '0')
      .set('Content-Type', 'application/offset+octet-stream')
      .send(randomBytes(400))
      .expect((res) => expect(res.status).toBeLessThan(300));
    return { filmId: film.id, uploadId };
  }

  it('removes uploads idle for two days, bytes included, and leaves recent ones to resume', async () => {
    const stale = await startedUpload();
    const fresh = await startedUpload();
    await db.query(`UPDATE media_file SET updated_at = now() - interval '3 days' WHERE id = $1`, [stale.uploadId]);
    const before = (await filesUnder(t.config.STORAGE_DIR)).filter((file) => file.startsWith('media/'));

    await t.app.get<Queue>(getQueueToken(QueueName.CatalogueSweeps)).add(JobName.SweepAbandonedUploads, {}, { jobId: 'sweep-now' });
    await eventually(
      async () => (await db.query<unknown[]>('SELECT 1 FROM media_file WHERE id = $1', [stale.uploadId])).length === 0,
      15000,
      'stale upload swept',
    );

    await request(t.url).get(`${API}/films/${stale.filmId}/media/uploads/${stale.uploadId}`).set(bearer(admin)).expect(404);
    const status = await request(t.url).get(`${API}/films/${fresh.filmId}/media/uploads/${fresh.uploadId}`).set(bearer(admin)).expect(200);
    expect(status.headers['upload-offset']).toBe('400');
    const after = (await filesUnder(t.config.STORAGE_DIR)).filter((file) => file.startsWith('media/'));
    expect(after).toHaveLength(before.length - 1);
  });
});
