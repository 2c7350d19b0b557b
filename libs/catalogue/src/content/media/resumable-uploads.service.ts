import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Storage } from '@guichet/common';
import { unsafeFileName } from '../content.errors';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MediaStatus } from '../entities/media-file.entity';
import { chunkFailure, chunkOffset, ChunkWriter } from './chunk-writer';
import { isSafeFileName } from './file-name';
import { safeMediaType, UPLOAD_LEASE_RENEW_MS } from './media-limits';
import { MediaRecordService } from './media-record.service';
import type { MediaOwner, UploadChunk, UploadView } from './media-views';
import { toUploadView, UploadSessionStore } from './upload-session.store';

/**
 * Resumable uploads (the JSON routes and tus alike): start one, append chunks at the offset where it
 * stands, cancel it; the last byte makes the file the owner's media.
 */
@Injectable()
export class ResumableUploadsService {
  constructor(
    private readonly sessions: UploadSessionStore,
    private readonly writer: ChunkWriter,
    private readonly records: MediaRecordService,
    private readonly storage: Storage,
  ) {}

  /** Starts a resumable upload of `size` bytes; nothing is stored until the first chunk. */
  async create(owner: MediaOwner, dto: CreateUploadDto): Promise<UploadView> {
    if (!isSafeFileName(dto.fileName)) throw unsafeFileName();
    await this.records.assertOwner(owner);
    return this.sessions.create(owner, { fileName: dto.fileName, contentType: safeMediaType(dto.contentType), size: dto.size });
  }

  async status(owner: MediaOwner, uploadId: string): Promise<UploadView> {
    return toUploadView(await this.sessions.find(owner, uploadId));
  }

  /**
   * Writes one chunk at `Upload-Offset`, which must be where the upload stands (409 otherwise). One
   * request at a time holds a lease on the upload, renewed while it writes. The bytes of a chunk cut
   * short are kept, so the client asks for the offset and continues from there. When the last byte
   * arrives the file's SHA-256 is computed from storage and it replaces the owner's previous file.
   */
  async append(owner: MediaOwner, uploadId: string, chunk: UploadChunk): Promise<UploadView> {
    const offset = chunkOffset(chunk);
    const lockId = randomUUID();
    const upload = await this.sessions.claim(owner, uploadId, offset, lockId);
    const size = Number(upload.size);

    const renewal = setInterval(() => this.sessions.renewLease(uploadId, lockId), UPLOAD_LEASE_RENEW_MS);
    let failure: unknown;
    let received = offset;
    try {
      ({ received, failure } = await this.writer.write(upload.storage_key, offset, size, chunk));
      if (failure === undefined && received === size) {
        const sha256 = await this.writer.sha256Of(upload.storage_key);
        const media = await this.records.makeReady(
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

    await this.sessions.release(uploadId, lockId, received);
    if (failure !== undefined) throw chunkFailure(failure, received);
    return { ...toUploadView(upload), offset: received, busy: false };
  }

  /** Abandons an upload in progress and removes its bytes. */
  async cancel(owner: MediaOwner, uploadId: string): Promise<void> {
    await this.storage.delete(await this.sessions.remove(owner, uploadId));
  }

  /**
   * Resumable uploads nobody touched for `idleHours` are given up: their partial bytes would otherwise
   * fill the disk (a small budget's first limit). One being written right now (locked) is left alone.
   */
  async sweepAbandoned(idleHours: number): Promise<number> {
    const keys = await this.sessions.removeAbandoned(idleHours);
    for (const key of keys) await this.storage.delete(key);
    return keys.length;
  }
}
