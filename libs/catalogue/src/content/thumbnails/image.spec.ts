import { defaultFormats } from 'jimp';
import { PNG } from 'pngjs';
import { sniffImage } from '@guichet/common';
import { imageDimensions, renderThumbnail, THUMBNAIL } from './image';

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(0x80);
  return PNG.sync.write(image);
}

describe('thumbnail images', () => {
  it('recognises JPEG, PNG and WebP by their first bytes only', () => {
    expect(sniffImage(png(2, 2))).toBe('png');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffImage(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImage(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffImage(Buffer.from('just some text, saved as poster.png'))).toBeUndefined();
    expect(sniffImage(Buffer.alloc(0))).toBeUndefined();
  });

  it('reads the dimensions of PNG and JPEG headers', async () => {
    expect(imageDimensions(png(300, 200), 'png')).toEqual({ width: 300, height: 200 });
    const jpeg = await renderThumbnail(png(1000, 1000));
    expect(imageDimensions(jpeg, 'jpeg')).toEqual({ width: THUMBNAIL.width, height: THUMBNAIL.height });
  });

  it('re-encodes a PNG as a JPEG of the standard size', async () => {
    const jpeg = await renderThumbnail(png(800, 600));
    expect(sniffImage(jpeg)).toBe('jpeg');
    const decoded = decodeJpeg(jpeg);
    expect([decoded.width, decoded.height]).toEqual([480, 720]);
  });

  it('refuses a huge declared size before decoding, and a truncated image', async () => {
    const bomb = png(1, 1);
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    await expect(renderThumbnail(bomb)).rejects.toMatchObject({ status: 400 });
    await expect(renderThumbnail(png(50, 50).subarray(0, 40))).rejects.toMatchObject({ status: 400 });
    await expect(renderThumbnail(Buffer.from('hello'))).rejects.toMatchObject({ status: 415 });
  });
});

function decodeJpeg(bytes: Buffer) {
  const codec = defaultFormats.map((create) => create()).find((candidate) => candidate.mime === 'image/jpeg');
  if (!codec) throw new Error('no jpeg codec');
  return codec.decode(bytes) as { data: Buffer; width: number; height: number };
}
