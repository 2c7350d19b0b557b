import { createHash, randomUUID } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ObjectTooLargeError, Storage, StorageOffsetError, UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import { DataSource } from 'typeorm';
import {
  badUploadOffset,
  chunkContentType,
  chunkTooLong,
  contentNotFound,
  emptyFile,
  mediaTooLarge,
  unsafeFileName,
  uploadBusy,
  uploadComplete,
  uploadInterrupted,
  uploadNotFound,
  uploadOffsetMismatch,
} from '../content.errors';
import { contentState } from '../content-rows';
import { CONTENT_TABLES, ContentType, MediaOwnerType } from '../content-type';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MediaStatus } from '../entities/media-file.entity';
import { FileSource } from '@guichet/common';
import { isSafeFileName } from './file-name';
import { MAX_MEDIA_BYTES, safeMediaType, UPLOAD_LEASE_RENEW_MS, UPLOAD_LEASE_SECONDS } from './media-limits';
import { checksumMismatch, TusChecksum } from './tus-protocol';

export interface MediaOwner {
  type: MediaOwnerType;
  id: string;
}

/** A stored video file as the admin sees it after an upload; never its storage key. */
export interface MediaFileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
}

/** The state of a resumable upload (tus-like): where to continue, and the file once complete. */
export interface UploadView {
  uploadId: string;
  offset: number;
  size: number;
  status: MediaStatus;
  fileName: string;
  contentType: string;
  sha256: string | null;
  /** Another request is writing a chunk right now. */
  busy: boolean;
  createdAt: Date;
  completedAt: Date | null;
}

export interface UploadChunk {
  /** The `Upload-Offset` header as sent. */
  offset: string | string[] | undefined;
  contentType: string | undefined;
  body: Readable;
  /** tus `Upload-Checksum` of this chunk: a chunk that does not match (or is cut short) is dropped whole. */
  checksum?: TusChecksum;
}

interface UploadRow {
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

const ownerColumn = (owner: MediaOwner) => (owner.type === ContentType.Film ? 'film_id' : 'episode_id');

/** Keys are generated, never derived from the uploaded file's name. */
const newMediaKey = () => `media/${randomUUID()}`;

@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: Storage,
  ) {}

  /**
   * One-shot upload: the multipart `file` is streamed to storage (never held in memory), its size
   * and SHA-256 computed on the way, and it replaces the owner's previous file once complete.
   */
  async putFile(owner: MediaOwner, source: FileSource): Promise<MediaFileView> {
    await this.assertOwner(owner);
    const part = await source({ maxBytes: MAX_MEDIA_BYTES, keepPath: true });
    if (!isSafeFileName(part.filename)) {
      part.file.resume();
      throw unsafeFileName();
    }
    const key = newMediaKey();
    let stored;
    try {
      stored = await this.storage.put(key, part.file, MAX_MEDIA_BYTES);
    } catch (error) {
      if (error instanceof ObjectTooLargeError) throw mediaTooLarge(MAX_MEDIA_BYTES);
      throw error;
    }
    if (part.file.truncated || stored.size === 0) {
      await this.storage.delete(key);
      throw stored.size === 0 ? emptyFile() : mediaTooLarge(MAX_MEDIA_BYTES);
    }
    try {
      return await this.makeReady(owner, {
        storageKey: key,
        fileName: part.filename,
        contentType: safeMediaType(part.mimetype),
        size: stored.size,
        sha256: stored.sha256,
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }

  /** Starts a resumable upload of `size` bytes; nothing is stored until the first chunk. */
  async createUpload(owner: MediaOwner, dto: CreateUploadDto): Promise<UploadView> {
    if (!isSafeFileName(dto.fileName)) throw unsafeFileName();
    await this.assertOwner(owner);
    const rows: UploadRow[] = await this.db.query(
      `INSERT INTO media_file (${ownerColumn(owner)}, storage_key, file_name, content_type, size, status)
       VALUES ($1, $2, $3, $4, $5, 'uploading')
       RETURNING ${UPLOAD_COLUMNS}`,
      [owner.id, newMediaKey(), dto.fileName, safeMediaType(dto.contentType), dto.size],
    );
    return toUploadView(rows[0]);
  }

  async uploadStatus(owner: MediaOwner, uploadId: string): Promise<UploadView> {
    return toUploadView(await this.findUpload(owner, uploadId));
  }

  /**
   * Writes one chunk at `Upload-Offset`, which must be where the upload stands (409 otherwise). One
   * request at a time holds a lease on the upload, renewed while it writes. The bytes of a chunk cut
   * short are kept, so the client asks for the offset and continues from there. When the last byte
   * arrives the file's SHA-256 is computed from storage and it replaces the owner's previous file.
   */
  async appendChunk(owner: MediaOwner, uploadId: string, chunk: UploadChunk): Promise<UploadView> {
    if ((chunk.contentType ?? '').split(';')[0].trim().toLowerCase() !== UPLOAD_CHUNK_CONTENT_TYPE) {
      throw chunkContentType(UPLOAD_CHUNK_CONTENT_TYPE);
    }
    const offset = parseOffset(chunk.offset);
    const lockId = randomUUID();
    const [claimed]: [UploadRow[], number] = await this.db.query(
      `UPDATE media_file SET lock_id = $4, lock_expires_at = now() + $5 * interval '1 second'
        WHERE id = $1 AND ${ownerColumn(owner)} = $2 AND status = 'uploading' AND bytes_received = $3
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING ${UPLOAD_COLUMNS}`,
      [uploadId, owner.id, offset, lockId, UPLOAD_LEASE_SECONDS],
    );
    if (claimed.length === 0) throw await this.whyNotWritable(owner, uploadId);
    const upload = claimed[0];
    const size = Number(upload.size);

    const renewal = setInterval(() => this.renewLease(uploadId, lockId), UPLOAD_LEASE_RENEW_MS);
    let failure: unknown;
    let received = offset;
    const hash = chunk.checksum ? createHash(chunk.checksum.algorithm) : undefined;
    try {
      try {
        await this.storage.append(upload.storage_key, offset, hash ? hashed(chunk.body, hash) : chunk.body, size - offset);
      } catch (error) {
        failure = error;
      }
      received = Math.min((await this.storage.size(upload.storage_key)) ?? 0, size);
      // A checked chunk counts whole or not at all: its bytes past `offset` are overwritten by the next append.
      if (hash && chunk.checksum && (failure !== undefined || hash.digest('base64') !== chunk.checksum.digest)) {
        failure ??= checksumMismatch(offset);
        received = offset;
      }
      if (failure === undefined && received === size) {
        const sha256 = await this.sha256Of(upload.storage_key);
        const media = await this.makeReady(
          owner,
          { storageKey: upload.storage_key, fileName: upload.file_name, contentType: upload.content_type, size, sha256 },
          { id: uploadId, lockId },
        );
        return { ...toUploadView(upload), offset: size, status: MediaStatus.Ready, sha256, busy: false, completedAt: media.uploadedAt };
      }
    } catch (error) {
      failure ??= error;
    } finally {
      clearInterval(renewal);
    }

    const [released]: [unknown[], number] = await this.db.query(
      `UPDATE media_file SET bytes_received = $3, lock_id = NULL, lock_expires_at = NULL, updated_at = now()
        WHERE id = $1 AND lock_id = $2 RETURNING id`,
      [uploadId, lockId, received],
    );
    if (released.length === 0) throw uploadBusy();
    if (failure !== undefined) throw chunkFailure(failure, received);
    return { ...toUploadView(upload), offset: received, busy: false };
  }

  /** Abandons an upload in progress and removes its bytes. */
  async cancelUpload(owner: MediaOwner, uploadId: string): Promise<void> {
    const [removed]: [{ storage_key: string }[], number] = await this.db.query(
      `DELETE FROM media_file
        WHERE id = $1 AND ${ownerColumn(owner)} = $2 AND status = 'uploading'
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING storage_key`,
      [uploadId, owner.id],
    );
    if (removed.length === 0) throw await this.whyNotWritable(owner, uploadId);
    await this.storage.delete(removed[0].storage_key);
  }

  /**
   * Resumable uploads nobody touched for `idleHours` are given up: their partial bytes would otherwise
   * fill the disk (a small budget's first limit). One being written right now (locked) is left alone.
   */
  async sweepAbandonedUploads(idleHours: number): Promise<number> {
    const [removed]: [{ storage_key: string }[], number] = await this.db.query(
      `DELETE FROM media_file
        WHERE status = 'uploading' AND updated_at < now() - make_interval(hours => $1)
          AND (lock_id IS NULL OR lock_expires_at < now())
        RETURNING storage_key`,
      [idleHours],
    );
    for (const { storage_key } of removed) await this.storage.delete(storage_key);
    return removed.length;
  }

  private async findUpload(owner: MediaOwner, uploadId: string): Promise<UploadRow> {
    const rows: UploadRow[] = await this.db.query(`SELECT ${UPLOAD_COLUMNS} FROM media_file WHERE id = $1 AND ${ownerColumn(owner)} = $2`, [
      uploadId,
      owner.id,
    ]);
    if (rows.length === 0) throw uploadNotFound();
    return rows[0];
  }

  private async whyNotWritable(owner: MediaOwner, uploadId: string): Promise<Error> {
    const upload = await this.findUpload(owner, uploadId).catch((error: Error) => error);
    if (upload instanceof Error) return upload;
    if (upload.status === MediaStatus.Ready) return uploadComplete();
    if (upload.busy) return uploadBusy();
    return uploadOffsetMismatch(Number(upload.bytes_received));
  }

  private renewLease(uploadId: string, lockId: string): void {
    this.db
      .query(`UPDATE media_file SET lock_expires_at = now() + $3 * interval '1 second' WHERE id = $1 AND lock_id = $2`, [
        uploadId,
        lockId,
        UPLOAD_LEASE_SECONDS,
      ])
      .catch((error: unknown) => this.logger.warn({ err: error, uploadId }, 'Could not renew an upload lease'));
  }

  private async sha256Of(key: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of this.storage.read(key)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /**
   * Makes a complete file the owner's media, replacing (and then deleting) the previous one. The
   * owner's row is locked so that two completions for one owner happen one after the other.
   */
  private async makeReady(
    owner: MediaOwner,
    file: { storageKey: string; fileName: string; contentType: string; size: number; sha256: string },
    upload?: { id: string; lockId: string },
  ): Promise<MediaFileView> {
    const { view, replacedKeys } = await this.db.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM ${CONTENT_TABLES[owner.type]} WHERE id = $1 FOR UPDATE`, [owner.id]);
      if (locked.length === 0) throw contentNotFound(owner.type);
      const [replaced]: [{ storage_key: string }[], number] = await manager.query(
        `DELETE FROM media_file WHERE ${ownerColumn(owner)} = $1 AND status = 'ready' RETURNING storage_key`,
        [owner.id],
      );
      let rows: { id: string; completed_at: Date }[];
      if (upload) {
        [rows] = await manager.query(
          `UPDATE media_file SET status = 'ready', sha256 = $3, bytes_received = size, completed_at = now(),
                  updated_at = now(), lock_id = NULL, lock_expires_at = NULL
            WHERE id = $1 AND lock_id = $2
            RETURNING id, completed_at`,
          [upload.id, upload.lockId, file.sha256],
        );
        if (rows.length === 0) throw uploadBusy();
      } else {
        rows = await manager.query(
          `INSERT INTO media_file (${ownerColumn(owner)}, storage_key, file_name, content_type, size, bytes_received,
                                   sha256, status, completed_at)
           VALUES ($1, $2, $3, $4, $5, $5, $6, 'ready', now())
           RETURNING id, completed_at`,
          [owner.id, file.storageKey, file.fileName, file.contentType, file.size, file.sha256],
        );
      }
      const view: MediaFileView = {
        id: rows[0].id,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        uploadedAt: rows[0].completed_at,
      };
      return { view, replacedKeys: replaced.map((row) => row.storage_key) };
    });
    for (const key of replacedKeys) {
      await this.storage.delete(key).catch((error: unknown) => this.logger.warn({ err: error }, 'Replaced media file left behind'));
    }
    return view;
  }

  private async assertOwner(owner: MediaOwner): Promise<void> {
    if (!(await contentState(this.db.manager, owner.type, owner.id))) throw contentNotFound(owner.type);
  }
}

function parseOffset(header: string | string[] | undefined): number {
  if (typeof header !== 'string' || !/^\d{1,16}$/.test(header)) throw badUploadOffset();
  const offset = Number(header);
  if (!Number.isSafeInteger(offset)) throw badUploadOffset();
  return offset;
}

/** A chunk that failed: too long, behind the stored bytes, or cut short by the client. */
function chunkFailure(error: unknown, received: number): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof ObjectTooLargeError) return chunkTooLong(error.maxBytes);
  if (error instanceof StorageOffsetError) return uploadOffsetMismatch(received);
  // Errors of the disk itself (ENOSPC, EIO) carry the system call; a broken body does not.
  if (typeof (error as { syscall?: unknown })?.syscall === 'string') return error;
  return uploadInterrupted(received);
}

/** The body as it is, hashed on its way to storage; its errors (a dropped connection) pass through. */
function hashed(body: Readable, hash: ReturnType<typeof createHash>): Readable {
  const through = new Transform({
    transform(data: Buffer, _encoding, done) {
      hash.update(data);
      done(null, data);
    },
  });
  // The error reaches storage through `through`, which pipeline destroys with it.
  pipeline(body, through, () => undefined);
  return through;
}

function toUploadView(row: UploadRow): UploadView {
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
