import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage } from './local-disk.storage';
import { ObjectTooLargeError, StorageOffsetError } from './storage';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'guichet-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores a stream with its size and checksum and reads a byte range back', async () => {
    const stored = await storage.put('media/abc.txt', Readable.from(['hello ', 'world']));
    expect(stored).toEqual({
      key: 'media/abc.txt',
      size: 11,
      sha256: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
    });
    expect(await readAll(storage.read('media/abc.txt', { start: 6, end: 10 }))).toBe('world');
    expect(await storage.size('media/abc.txt')).toBe(11);
  });

  it('refuses a file over the limit and leaves nothing behind', async () => {
    await expect(storage.put('media/big.bin', Readable.from([Buffer.alloc(10)]), 5)).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(await readdir(join(root, 'media'))).toEqual([]);
  });

  it('refuses keys that climb out of the storage directory', async () => {
    await expect(storage.put('media/../../etc/passwd', Readable.from(['x']))).rejects.toThrow(/Unsafe storage key/);
    expect(() => storage.read('../secret')).toThrow(/Unsafe storage key/);
  });

  it('appends chunks at an offset, drops a stale tail and refuses a gap', async () => {
    expect(await storage.append('media/up', 0, Readable.from(['hello ']))).toBe(6);
    expect(await storage.append('media/up', 6, Readable.from(['wor']))).toBe(9);
    // A retry from an earlier offset overwrites what lay beyond it.
    expect(await storage.append('media/up', 6, Readable.from(['world']))).toBe(11);
    expect(await readAll(storage.read('media/up'))).toBe('hello world');
    await expect(storage.append('media/up', 20, Readable.from(['x']))).rejects.toBeInstanceOf(StorageOffsetError);
    await expect(storage.append('media/missing', 3, Readable.from(['x']))).rejects.toBeInstanceOf(StorageOffsetError);
  });

  it('keeps the bytes that arrived before a body failed, and stops at the limit', async () => {
    async function* dropsMidway() {
      yield await Promise.resolve(Buffer.from('abc'));
      throw new Error('connection reset');
    }
    await expect(storage.append('media/cut', 0, Readable.from(dropsMidway()))).rejects.toThrow('connection reset');
    expect(await storage.size('media/cut')).toBe(3);
    await expect(storage.append('media/cut', 3, Readable.from([Buffer.alloc(4), Buffer.alloc(4)]), 5)).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(await storage.size('media/cut')).toBe(7);
  });
});
