import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { parseRange } from './byte-range';
import type { FileRequestHeaders, ServedFile } from './file-response';
import { sendFile } from './file-response';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-10', { start: 990, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=50-10', 'unsatisfiable'],
    ['bytes=0-1,5-9', undefined],
    ['items=0-1', undefined],
    [undefined, undefined],
  ])('%s on a 1000-byte file', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});

describe('sendFile', () => {
  const bytes = Buffer.from('0123456789abcdefghij');
  const file: ServedFile = {
    size: bytes.length,
    etag: '"v1"',
    contentType: 'video/mp4',
    headers: { 'cache-control': 'private, no-store' },
    read: (range) => (range ? bytes.subarray(range.start, range.end + 1) : bytes),
  };
  let app: FastifyInstance;

  beforeAll(async () => {
    // A real Fastify server answering with the helper, as the download route does.
    app = Fastify();
    app.get('/file', (request, reply) => sendFile(reply, file, request.headers as FileRequestHeaders));
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/file', headers });

  it('sends the whole file with its validator, type and extra headers', async () => {
    const answer = await get();
    expect([answer.statusCode, answer.body]).toEqual([200, bytes.toString()]);
    expect(answer.headers).toMatchObject({
      etag: '"v1"',
      'accept-ranges': 'bytes',
      'content-type': 'video/mp4',
      'content-length': '20',
      'cache-control': 'private, no-store',
    });
  });

  it('resumes from a byte range with 206 and Content-Range', async () => {
    const answer = await get({ range: 'bytes=10-' });
    expect([answer.statusCode, answer.body, answer.headers['content-range'], answer.headers['content-length']]).toEqual([
      206,
      'abcdefghij',
      'bytes 10-19/20',
      '10',
    ]);
  });

  it('answers 304 with no body when the client already holds this version', async () => {
    const answer = await get({ 'if-none-match': '"v1"' });
    expect([answer.statusCode, answer.body]).toEqual([304, '']);
  });

  it('sends the whole file when If-Range names another version (the file changed since the first part)', async () => {
    const answer = await get({ range: 'bytes=10-', 'if-range': '"v0"' });
    expect([answer.statusCode, answer.body.length]).toEqual([200, 20]);
  });

  it('refuses a range past the end with 416 problem+json naming the size', async () => {
    const answer = await get({ range: 'bytes=20-' });
    expect([answer.statusCode, answer.headers['content-range'], answer.headers['content-type']]).toEqual([
      416,
      'bytes */20',
      'application/problem+json; charset=utf-8',
    ]);
    const problem = answer.json<{ status: number; type: string; detail: string }>();
    expect([problem.status, problem.type.endsWith('/range-not-satisfiable'), problem.detail]).toEqual([416, true, 'The file has 20 bytes.']);
  });
});
