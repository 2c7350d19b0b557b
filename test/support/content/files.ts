import type { Hash } from 'node:crypto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { defaultFormats } from 'jimp';
import { PNG } from 'pngjs';

/** A real PNG with a gradient, so that the encoder has something to do. */
export function makePng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      png.data[at] = (x * 255) / width;
      png.data[at + 1] = (y * 255) / height;
      png.data[at + 2] = 128;
      png.data[at + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Decodes a JPEG with jimp's own codec (jimp's content sniffing needs ESM, which Jest does not run). */
export function decodeJpeg(bytes: Buffer): { width: number; height: number } {
  const codec = defaultFormats.map((create) => create()).find((candidate) => candidate.mime === 'image/jpeg') as
    { decode(data: Buffer): { width: number; height: number } } | undefined;
  if (!codec) throw new Error('jimp has no JPEG codec');
  return codec.decode(bytes);
}

/** Every file under `dir`, relative paths, sorted; [] when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1))
    .sort();
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * `size` bytes of varied content, produced as they are read (never held whole in memory), hashed on
 * the way: `hash()` gives the SHA-256 once the stream has ended.
 */
export function generatedStream(size: number, chunkSize = 1024 * 1024): { stream: Readable; hash: () => string } {
  const hash: Hash = createHash('sha256');
  const block = Buffer.alloc(chunkSize);
  for (let i = 0; i < chunkSize; i++) block[i] = (i * 31 + (i >> 8) * 7) & 0xff;
  let sent = 0;
  let digest: string | undefined;
  const stream = new Readable({
    highWaterMark: chunkSize,
    read() {
      if (sent >= size) {
        digest = hash.digest('hex');
        this.push(null);
        return;
      }
      const length = Math.min(chunkSize, size - sent);
      const chunk = Buffer.allocUnsafe(length);
      block.copy(chunk, 0, 0, length);
      chunk.writeUInt32BE(sent / chunkSize, 0); // every chunk differs
      sent += length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return {
    stream,
    hash: () => {
      if (!digest) throw new Error('the stream has not ended');
      return digest;
    },
  };
}

export interface HttpAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function collect(response: IncomingMessage): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const text = Buffer.concat(chunks).toString();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON
      }
      resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
    });
  });
}

/**
 * A multipart/form-data PUT whose `file` part is streamed from `body` with backpressure and an exact
 * Content-Length: what supertest cannot do for a gigabyte, and a file name sent exactly as given.
 */
export function putMultipartStream(
  url: string,
  headers: Record<string, string>,
  file: { fileName: string; contentType: string; size: number; body: Readable },
): Promise<HttpAnswer> {
  const boundary = `----guichet${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'PUT',
      headers: {
        ...headers,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(head.length + file.size + tail.length),
      },
    });
    req.on('response', (response) => {
      collect(response).then(resolve, reject);
    });
    req.on('error', reject);
    req.write(head);
    file.body.on('error', reject);
    file.body.on('end', () => req.end(tail));
    file.body.pipe(req, { end: false });
  });
}

/**
 * Starts a PATCH chunk announced with its full length, sends only `send` bytes of it, then cuts the
 * connection: a client losing its network mid-chunk.
 */
export function interruptedChunk(url: string, headers: Record<string, string>, chunk: Buffer, send: number): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(url, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/offset+octet-stream', 'Content-Length': String(chunk.length) },
    });
    req.on('error', () => resolve());
    req.write(chunk.subarray(0, send), () => {
      // Leave the server a moment to write what it received before the connection drops.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
  });
}

/** Samples the resident set size of this process (server and client both live here) every `everyMs`. */
export class RssSampler {
  readonly samples: number[] = [];
  private timer?: NodeJS.Timeout;

  /** `pid`: another process (a server run on its own), read from /proc; else this one. */
  constructor(private readonly pid?: number) {}

  start(everyMs = 100): this {
    this.samples.push(this.rss());
    this.timer = setInterval(() => this.samples.push(this.rss()), everyMs);
    return this;
  }

  stop(): { baseline: number; peak: number; growth: number; samples: number } {
    clearInterval(this.timer);
    this.samples.push(this.rss());
    const baseline = this.samples[0];
    const peak = Math.max(...this.samples);
    return { baseline, peak, growth: peak - baseline, samples: this.samples.length };
  }

  private rss(): number {
    if (this.pid === undefined) return process.memoryUsage().rss;
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1]);
    if (Number.isNaN(kb)) throw new Error(`no VmRSS for process ${this.pid}`);
    return kb * 1024;
  }
}

/** A PATCH chunk of a resumable upload, streamed from `body` with backpressure. */
export function patchChunkStream(url: string, headers: Record<string, string>, offset: number, size: number, body: Readable): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'PATCH',
      headers: {
        ...headers,
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(size),
        'Upload-Offset': String(offset),
      },
    });
    req.on('response', (response) => {
      collect(response).then(resolve, reject);
    });
    req.on('error', reject);
    body.on('error', reject);
    body.pipe(req);
  });
}

/**
 * Cuts one stream into consecutive bodies of exactly `size` bytes each (a stream's chunks do not
 * fall on those boundaries): `next(size)` gives a Readable of the following `size` bytes.
 */
export function slicer(stream: Readable): { next(size: number): Readable; end(): Promise<void> } {
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer, undefined>;
  let leftover = Buffer.alloc(0);
  return {
    next(size: number) {
      return Readable.from(
        (async function* () {
          let remaining = size;
          while (remaining > 0) {
            if (leftover.length === 0) {
              const { value, done } = await source.next();
              if (done) throw new Error('the stream ended early');
              leftover = value;
            }
            const piece = leftover.subarray(0, remaining);
            leftover = leftover.subarray(piece.length);
            remaining -= piece.length;
            yield piece;
          }
        })(),
      );
    },
    /** Reads the stream to its end (which must come now). */
    async end() {
      if (leftover.length > 0 || !(await source.next()).done) throw new Error('the stream has bytes left');
    },
  };
}

/**
 * Starts a PATCH chunk and sends only its first `sendFirst` bytes, keeping the request open until
 * `finish()` sends the rest: a slow client still writing while another request arrives.
 */
export function heldChunk(url: string, headers: Record<string, string>, chunk: Buffer, sendFirst: number): { finish(): Promise<HttpAnswer> } {
  const req = httpRequest(url, {
    method: 'PATCH',
    headers: { ...headers, 'Content-Type': 'application/offset+octet-stream', 'Content-Length': String(chunk.length) },
  });
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    req.on('response', (response) => {
      collect(response).then(resolve, reject);
    });
    req.on('error', reject);
  });
  req.write(chunk.subarray(0, sendFirst));
  return {
    finish() {
      req.end(chunk.subarray(sendFirst));
      return answer;
    },
  };
}
