import { createHash, randomUUID } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, truncate } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, StoredObject } from './storage';
import { ObjectTooLargeError, Storage, StorageOffsetError } from './storage';
import { assertSafeKey } from './storage-key';

export class LocalDiskStorage extends Storage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, maxBytes = Number.MAX_SAFE_INTEGER): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new ObjectTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(partial));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async append(key: string, offset: number, body: Readable, maxBytes = Number.MAX_SAFE_INTEGER): Promise<number> {
    const target = this.pathOf(key);
    if (offset === 0) {
      await mkdir(dirname(target), { recursive: true });
    } else {
      const current = await this.size(key);
      if (current === undefined || current < offset) throw new StorageOffsetError(offset, current ?? 0);
      if (current > offset) await truncate(target, offset);
    }
    // 'w' creates (or empties) the object at offset 0; 'r+' writes in place from `offset` without truncating.
    const writer = createWriteStream(target, { flags: offset === 0 ? 'w' : 'r+', start: offset });
    return offset + (await keepWhatArrives(body, writer, maxBytes));
  }

  read(key: string, range?: ByteRange): Readable {
    return createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : undefined);
  }

  async size(key: string): Promise<number | undefined> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch {
      return undefined;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return join(this.root, key);
  }
}

/**
 * Copies `body` into `writer` with backpressure. Unlike `pipeline`, a failing body does not destroy
 * the writer: what already arrived is flushed to disk before the promise rejects.
 */
function keepWhatArrives(body: Readable, writer: WriteStream, maxBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let settled = false;
    const onData = (chunk: Buffer) => {
      if (written + chunk.length > maxBytes) return finish(new ObjectTooLargeError(maxBytes));
      written += chunk.length;
      if (!writer.write(chunk)) body.pause();
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(error);
    const onClose = () => finish(new Error('The upload was interrupted'));
    const detach = () => {
      body.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      writer.off('drain', onDrain);
    };
    const onDrain = () => body.resume();
    function finish(failure?: Error) {
      if (settled) return;
      settled = true;
      detach();
      // Whatever is left of a refused or broken body is drained, so that an answer can still be sent.
      if (failure) body.resume();
      writer.end((writeError?: Error | null) => {
        const error = failure ?? writeError;
        if (error) reject(error);
        else resolve(written);
      });
    }
    writer.once('error', (error) => {
      if (settled) return;
      settled = true;
      detach();
      body.resume();
      reject(error);
    });
    writer.on('drain', onDrain);
    if (body.readableEnded) return finish();
    if (body.destroyed) return finish(body.errored ?? new Error('The upload was interrupted'));
    body.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
