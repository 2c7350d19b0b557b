import { DomainError } from '@guichet/common';
import type { FastifyRequest } from 'fastify';
import { creationRequest, parseChecksum, parseMetadata } from './tus-protocol';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const withHeaders = (headers: Record<string, string>) => ({ headers }) as unknown as FastifyRequest;
const statusOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.status : 'not a DomainError';
  }
  return 'no error';
};

describe('tus headers', () => {
  it('reads Upload-Metadata pairs, a key without value included', () => {
    const metadata = parseMetadata(`filename ${b64('Le film.mp4')},filetype ${b64('video/mp4')},is_confidential`);
    expect(Object.fromEntries(metadata)).toEqual({ filename: 'Le film.mp4', filetype: 'video/mp4', is_confidential: '' });
    expect(statusOf(() => parseMetadata('filename a b'))).toBe(400);
    expect(statusOf(() => parseMetadata('filename ***'))).toBe(400);
  });

  it('turns a creation request into the upload the service expects; odd types are stored as bytes', () => {
    expect(creationRequest(withHeaders({ 'upload-length': '1200', 'upload-metadata': `filename ${b64('a.mkv')},filetype ${b64('text/html')}` }))).toEqual({
      size: 1200,
      fileName: 'a.mkv',
      contentType: 'application/octet-stream',
    });
    expect(statusOf(() => creationRequest(withHeaders({ 'upload-length': '-1', 'upload-metadata': `filename ${b64('a')}` })))).toBe(400);
    expect(statusOf(() => creationRequest(withHeaders({ 'upload-defer-length': '1', 'upload-metadata': `filename ${b64('a')}` })))).toBe(400);
    expect(statusOf(() => creationRequest(withHeaders({ 'upload-length': String(60 * 1024 ** 3), 'upload-metadata': `filename ${b64('a')}` })))).toBe(413);
    expect(statusOf(() => creationRequest(withHeaders({ 'upload-length': '10' })))).toBe(400);
  });

  it('reads Upload-Checksum for the algorithms it names', () => {
    expect(parseChecksum(undefined)).toBeUndefined();
    expect(parseChecksum('sha1 Kq5sNclPz7QV2+lfQIuc6R7oRu0=')).toEqual({ algorithm: 'sha1', digest: 'Kq5sNclPz7QV2+lfQIuc6R7oRu0=' });
    expect(statusOf(() => parseChecksum('crc32 AAAA'))).toBe(400);
    expect(statusOf(() => parseChecksum('sha1'))).toBe(400);
  });
});
