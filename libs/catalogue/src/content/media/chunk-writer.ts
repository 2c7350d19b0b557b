import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DomainError, ObjectTooLargeError, Storage, StorageOffsetError, UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import { badUploadOffset, chunkContentType, chunkTooLong, uploadInterrupted, uploadOffsetMismatch } from '../content.errors';
import type { UploadChunk } from './media-views';
import { checksumMismatch } from './tus-protocol';

/** What one chunk left in storage: the bytes now held, and why it stopped short (if it did). */
export interface ChunkOutcome {
  received: number;
  failure?: unknown;
}

/**
 * Writes a chunk's bytes at its offset in storage and checks them: the declared size is never passed,
 * and a chunk sent with a checksum counts whole or not at all. It knows storage, not the upload's row.
 */
@Injectable()
export class ChunkWriter {
  constructor(private readonly storage: Storage) {}

  async write(storageKey: string, offset: number, size: number, chunk: UploadChunk): Promise<ChunkOutcome> {
    let failure: unknown;
    const hash = chunk.checksum ? createHash(chunk.checksum.algorithm) : undefined;
    try {
      await this.storage.append(storageKey, offset, hash ? hashed(chunk.body, hash) : chunk.body, size - offset);
    } catch (error) {
      failure = error;
    }
    let received = Math.min((await this.storage.size(storageKey)) ?? 0, size);
    // A checked chunk counts whole or not at all: its bytes past `offset` are overwritten by the next append.
    if (hash && chunk.checksum && (failure !== undefined || hash.digest('base64') !== chunk.checksum.digest)) {
      failure ??= checksumMismatch(offset);
      received = offset;
    }
    return { received, failure };
  }

  /** The whole file's SHA-256, read back from storage once its last byte is in. */
  async sha256Of(storageKey: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const data of this.storage.read(storageKey)) hash.update(data as Buffer);
    return hash.digest('hex');
  }
}

/** The chunk's `Upload-Offset`, once its content type is the one chunks are sent as. */
export function chunkOffset(chunk: UploadChunk): number {
  if ((chunk.contentType ?? '').split(';')[0].trim().toLowerCase() !== UPLOAD_CHUNK_CONTENT_TYPE) {
    throw chunkContentType(UPLOAD_CHUNK_CONTENT_TYPE);
  }
  const header = chunk.offset;
  if (typeof header !== 'string' || !/^\d{1,16}$/.test(header)) throw badUploadOffset();
  const offset = Number(header);
  if (!Number.isSafeInteger(offset)) throw badUploadOffset();
  return offset;
}

/** A chunk that failed: too long, behind the stored bytes, or cut short by the client. */
export function chunkFailure(error: unknown, received: number): unknown {
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
