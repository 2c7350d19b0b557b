import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code back from PNG bytes, as a phone or the gate's scanner would. */
export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
