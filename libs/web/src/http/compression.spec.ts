import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, pickEncoding, precompress, worthCompressing } from './compression';

describe('web compression', () => {
  it('prefers brotli, falls back to gzip, and honours q=0 refusals', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('BR')).toBe('br');
    expect(pickEncoding('*')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding('gzip;q=0')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });

  it('round-trips a page through both encodings and skips tiny bodies', () => {
    const page = `<!doctype html><p>${'Réserver vos places — 15,00 € '.repeat(200)}</p>`;
    expect(brotliDecompressSync(compress(page, 'br')).toString()).toBe(page);
    expect(gunzipSync(compress(page, 'gzip')).toString()).toBe(page);
    expect(worthCompressing(page)).toBe(true);
    expect(worthCompressing('<p>ok</p>')).toBe(false);
    const asset = precompress(page);
    expect(asset.br.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(gunzipSync(asset.gzip).toString()).toBe(page);
  });
});
