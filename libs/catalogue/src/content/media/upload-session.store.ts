import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uploadBusy, uploadComplete, uploadNotFound, uploadOffsetMismatch } from '../content.errors';
import { MediaStatus } from '../entities/media-file.entity';
import { UPLOAD_LEASE_SECONDS } from './media-limits';
import type { MediaOwner, UploadView } from './media-views';
import { ownerColumn } from './media-views';

/** An upload's row as the store reads it; `busy` is a live lease held by another request. */
export interface UploadRow {
  id: string;
  storage_key: string;
  file_name: string;
  content_type: string;
  size: string;
  bytes_received: string;
  sha256: string | null;
  status: MediaStatus;
  busy: boolean;
  created_at: Date;
  completed_at: Date | null;
}

const UPLOAD_COLUMNS = `id, storage_key, file_name, content_type, size, bytes_received, sha256, status,
  (lock_id IS NOT NULL AND lock_expires_at >= now()) AS busy, created_at, completed_at`;

/** Keys are generated, never derived from the uploaded file's name. */
export const newMediaKey = () => `media/${randomUUID()}`;

/**
 * Resumable uploads in `media_file` (status `uploading`): their creation, where each stands, and the
 * lease that lets one request at a time write a chunk. The bytes themselves are the chunk writer's.
 */
@Injectable()
export class UploadSessionStore {
  private readonly logger = new Logger(UploadSessionStore.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(owner: MediaOwner, file: { fileName: string; contentType: string; size: number }): Promise<UploadView> {
    const rows: UploadRow[] = await this.db.query(
      `INSERT INTO media_file (${ownerColumn(owner)}, storage_key, file_name, content_type, size, status)
       VALUES ($1, $2, $3, $4, $5, 'uploading')
       RETURNING ${UPLOAD_COLUMNS}`,
      [owner.id, newMediaKey(), file.fileName, file.contentType, file.size],
    );
    return toUploadView(rows[0]);
  }

  async find(owner: MediaOwner, uploadId: string): Promise<UploadRow> {
    const rows: UploadRow[] = await this.db.query(`SELECT ${UPLOAD_COLUMNS} FROM media_file WHERE id = $1 AND ${ownerColumn(owner)} = $2`, [
      uploadId,
      owner.id,
    ]);
    if (rows.length === 0) throw uploadNotFound();
    return rows[0];
  }

  /** Takes the lease when the upload stands at `offset` and nobody holds it; the error says why not. */
  async claim(owner: MediaOwner, uploadId: string, offset: number, lockId: string): Promise<UploadRow> {
    const [claimed]: [UploadRow[], number] = await this.db.query(
      `UPDATE media_file SET lock_id = $4, lock_expires_at = now() + $5 * interval '1 second'
        WHERE id = $1 AND ${ownerColumn(owner)} = $2 AND status = 'uploading' AND bytes_received = $3
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING ${UPLOAD_COLUMNS}`,
      [uploadId, owner.id, offset, lockId, UPLOAD_LEASE_SECONDS],
    );
    if (claimed.length === 0) throw await this.whyNotWritable(owner, uploadId);
    return claimed[0];
  }

  /** Keeps the lease while bytes keep coming; a failed renewal only logs (the release will tell). */
  renewLease(uploadId: string, lockId: string): void {
    this.db
      .query(`UPDATE media_file SET lock_expires_at = now() + $3 * interval '1 second' WHERE id = $1 AND lock_id = $2`, [
        uploadId,
        lockId,
        UPLOAD_LEASE_SECONDS,
      ])
      .catch((error: unknown) => this.logger.warn({ err: error, uploadId }, 'Could not renew an upload lease'));
  }

  /** Records the bytes received and gives the lease back; refused (busy) when the lease was lost meanwhile. */
  async release(uploadId: string, lockId: string, received: number): Promise<void> {
    const [released]: [unknown[], number] = await this.db.query(
      `UPDATE media_file SET bytes_received = $3, lock_id = NULL, lock_expires_at = NULL, updated_at = now()
        WHERE id = $1 AND lock_id = $2 RETURNING id`,
      [uploadId, lockId, received],
    );
    if (released.length === 0) throw uploadBusy();
  }

  /** Removes an upload in progress nobody is writing to; returns its storage key. */
  async remove(owner: MediaOwner, uploadId: string): Promise<string> {
    const [removed]: [{ storage_key: string }[], number] = await this.db.query(
      `DELETE FROM media_file
        WHERE id = $1 AND ${ownerColumn(owner)} = $2 AND status = 'uploading'
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING storage_key`,
      [uploadId, owner.id],
    );
    if (removed.length === 0) throw await this.whyNotWritable(owner, uploadId);
    return removed[0].storage_key;
  }

  /** Removes the uploads idle for `idleHours` (one being written right now is left alone); returns their keys. */
  async removeAbandoned(idleHours: number): Promise<string[]> {
    const [removed]: [{ storage_key: string }[], number] = await this.db.query(
      `DELETE FROM media_file
        WHERE status = 'uploading' AND updated_at < now() - make_interval(hours => $1)
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING storage_key`,
      [idleHours],
    );
    return removed.map((row) => row.storage_key);
  }

  private async whyNotWritable(owner: MediaOwner, uploadId: string): Promise<Error> {
    const upload = await this.find(owner, uploadId).catch((error: Error) => error);
    if (upload instanceof Error) return upload;
    if (upload.status === MediaStatus.Ready) return uploadComplete();
    if (upload.busy) return uploadBusy();
    return uploadOffsetMismatch(Number(upload.bytes_received));
  }
}

export function toUploadView(row: UploadRow): UploadView {
  return {
    uploadId: row.id,
    offset: Number(row.bytes_received),
    size: Number(row.size),
    status: row.status,
    fileName: row.file_name,
    contentType: row.content_type,
    sha256: row.sha256,
    busy: row.busy,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}
