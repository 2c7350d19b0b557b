import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { problemFor } from '../errors/problem';
import type { ByteRange } from '../storage/storage';
import { parseRange } from './byte-range';

/** A file to serve: what it is, and how to read all of it or one byte range. */
export interface ServedFile {
  size: number;
  /** A strong validator, quoted (`"sha256"`): answers If-None-Match (304) and If-Range. */
  etag: string;
  contentType: string;
  headers?: Record<string, string>;
  read(range?: ByteRange): Readable | Buffer;
}

/** The request headers that decide what is sent. */
export interface FileRequestHeaders {
  range?: string;
  'if-range'?: string;
  'if-none-match'?: string;
}

/**
 * Sends a file as RFC 9110 asks: 304 when the client holds this version, 206 with Content-Range for one
 * satisfiable range (ignored when If-Range names another version), 416 problem+json past the end, 200 otherwise.
 */
export function sendFile(reply: FastifyReply, file: ServedFile, request: FileRequestHeaders): void {
  reply.header('accept-ranges', 'bytes').header('etag', file.etag);
  for (const [name, value] of Object.entries(file.headers ?? {})) reply.header(name, value);
  if (request['if-none-match'] === file.etag) {
    reply.status(304).send();
    return;
  }
  const ifRange = request['if-range'];
  const wanted = ifRange && ifRange !== file.etag ? undefined : parseRange(request.range, file.size);
  if (wanted === 'unsatisfiable') {
    reply
      .status(416)
      .header('content-range', `bytes */${file.size}`)
      .type('application/problem+json')
      .send(problemFor(416, `The file has ${file.size} bytes.`, 'range-not-satisfiable', 'Range not satisfiable'));
    return;
  }
  reply.type(file.contentType);
  if (!wanted) {
    reply.header('content-length', String(file.size)).status(200).send(file.read());
    return;
  }
  reply
    .status(206)
    .header('content-range', `bytes ${wanted.start}-${wanted.end}/${file.size}`)
    .header('content-length', String(wanted.end - wanted.start + 1))
    .send(file.read(wanted));
}
