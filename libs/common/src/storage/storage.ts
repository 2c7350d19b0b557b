import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

export interface ByteRange {
  start: number;
  end: number;
}

/** Where files live: local disk now, S3-compatible object storage later, behind this interface. */
export abstract class Storage {
  /** Streams `body` to `key`; the object appears only once fully written. */
  abstract put(key: string, body: Readable, maxBytes?: number): Promise<StoredObject>;
  /**
   * Writes `body` into `key` starting at byte `offset`, for resumable uploads: the object is created
   * when `offset` is 0, anything that lay beyond `offset` is dropped first, and at most `maxBytes`
   * are taken. The bytes that arrived stay written even when `body` fails midway (a dropped
   * connection): callers ask `size()` afterwards to know where to resume. Resolves to the new size.
   * Rejects with `StorageOffsetError` when the object is shorter than `offset`.
   */
  abstract append(key: string, offset: number, body: Readable, maxBytes?: number): Promise<number>;
  abstract read(key: string, range?: ByteRange): Readable;
  abstract size(key: string): Promise<number | undefined>;
  abstract delete(key: string): Promise<void>;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}

export class StorageOffsetError extends Error {
  constructor(
    readonly offset: number,
    readonly actualSize: number,
  ) {
    super(`Cannot write at offset ${offset}: the object holds ${actualSize} bytes`);
  }
}
