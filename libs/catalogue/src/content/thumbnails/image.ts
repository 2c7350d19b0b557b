import { defaultFormats, Jimp } from 'jimp';
import type { ImageFormat } from '@guichet/common';
import { IMAGE_MIME, sniffImage } from '@guichet/common';
import { invalidImage, unsupportedImage } from '../content.errors';

/** Every thumbnail is re-encoded to this: a 2:3 poster, cropped to cover. */
export const THUMBNAIL = { width: 480, height: 720, quality: 80, contentType: 'image/jpeg' } as const;

export const MAX_THUMBNAIL_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Decoding allocates 4 bytes a pixel: a small file can declare a huge image (decompression bomb). */
const MAX_PIXELS = 25_000_000;
const MAX_SIDE = 10_000;

/** Width and height read from the header, before anything is decoded. */
export function imageDimensions(bytes: Buffer, format: ImageFormat): { width: number; height: number } | undefined {
  if (format === 'png') {
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (format === 'jpeg') return jpegDimensions(bytes);
  return undefined;
}

/** Walks the JPEG segments up to the first start-of-frame marker, which holds the dimensions. */
function jpegDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      if (at + 9 > bytes.length) return undefined;
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

interface Bitmap {
  data: Buffer;
  width: number;
  height: number;
}

/** jimp's own codec for a format; typed loosely because each codec has its own decode options. */
function codecFor(mime: string): { decode(bytes: Buffer, options?: object): Bitmap } | undefined {
  return defaultFormats.map((create) => create()).find((codec) => codec.mime === mime);
}

/**
 * Checks that `bytes` are a JPEG or PNG image of sane dimensions and re-encodes them as the standard
 * thumbnail: whatever was hidden in the original (metadata, a polyglot payload) does not survive.
 * Throws 415 for anything that is not such an image, 400 when it cannot be decoded.
 */
export async function renderThumbnail(bytes: Buffer): Promise<Buffer> {
  const format = sniffImage(bytes);
  if (!format) throw unsupportedImage();
  if (format === 'webp') {
    throw unsupportedImage('WebP images cannot be converted yet: send a JPEG or PNG image.');
  }
  const size = imageDimensions(bytes, format);
  if (!size || size.width < 1 || size.height < 1) throw invalidImage('The image header could not be read.');
  if (size.width > MAX_SIDE || size.height > MAX_SIDE || size.width * size.height > MAX_PIXELS) {
    throw invalidImage(`The image is too large: at most ${MAX_SIDE} pixels a side and ${MAX_PIXELS / 1e6} megapixels.`);
  }
  const codec = codecFor(IMAGE_MIME[format]);
  if (!codec) throw unsupportedImage();
  let image: InstanceType<typeof Jimp>;
  try {
    // Decoded with the sniffed format's codec directly (no content guessing on jimp's side).
    const bitmap = codec.decode(bytes, { maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 256 });
    // jimp types fromBitmap loosely; it builds the same Jimp instance as the constructor.
    image = Jimp.fromBitmap({ data: bitmap.data, width: bitmap.width, height: bitmap.height }) as InstanceType<typeof Jimp>;
  } catch {
    throw invalidImage();
  }
  image.cover({ w: THUMBNAIL.width, h: THUMBNAIL.height });
  return await image.getBuffer(THUMBNAIL.contentType, { quality: THUMBNAIL.quality });
}
