import { Readable } from 'node:stream';

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
  abstract read(key: string, range?: ByteRange): Readable;
  abstract size(key: string): Promise<number | undefined>;
  abstract delete(key: string): Promise<void>;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}
