import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;
/**
 * Brotli quality 5 for pages rendered per request: within a few percent of the best size at a fraction of
 * quality 11's CPU (a 20 KB page takes well under a millisecond); static assets are compressed once at 11.
 */
const PAGE_QUALITY = 5;
const ASSET_QUALITY = 11;

/** The browser's preferred encoding among ours (brotli first: smaller), honouring `q=0` refusals. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const accepted = new Set(
    header
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

export function compress(body: string | Buffer, encoding: Encoding, quality = PAGE_QUALITY): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
    : gzipSync(body, { level: 6 });
}

export const worthCompressing = (body: string | Buffer) => Buffer.byteLength(body) >= MIN_BYTES;

/** A static asset in its three forms, computed once at start. */
export interface PrecompressedBody {
  identity: string;
  br: Buffer;
  gzip: Buffer;
}

export const precompress = (body: string): PrecompressedBody => ({
  identity: body,
  br: compress(body, 'br', ASSET_QUALITY),
  gzip: gzipSync(body, { level: 9 }),
});
