import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonError } from '../errors/error-codes';

/** Deeper than any of our DTOs will ever be; far below what overflows class-transformer's recursion. */
export const MAX_JSON_DEPTH = 32;
/** Values (objects, arrays, scalars) in one body: bounds the validation work a single request can cause. */
export const MAX_JSON_NODES = 20_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// NUL is refused by Postgres in text; a lone surrogate is not a character (and breaks URI encoding in validators).
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const tooDeep = () => commonError('bad-request', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`);
const tooMany = () => commonError('payload-too-large', `The JSON body holds more than ${MAX_JSON_NODES} values.`, { title: 'Payload too large' });
const unstorable = (where: string) => commonError('bad-request', `The ${where} contains a NUL character or an invalid (lone surrogate) character.`);

/**
 * Walks a parsed value without recursion (a hostile depth cannot overflow the stack here) and refuses what no
 * route accepts: excessive depth or size, and strings Postgres or the validators cannot handle.
 */
export function assertAcceptable(value: unknown, where: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++nodes > MAX_JSON_NODES) throw tooMany();
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) throw unstorable(where);
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_JSON_DEPTH) throw tooDeep();
      for (const [key, child] of Object.entries(current)) {
        if (UNSTORABLE.test(key)) throw unstorable(where);
        stack.push([child, depth + 1]);
      }
    }
  }
}

/** Ids are UUIDs, which are case-insensitive: `ABC…` names the same club as `abc…`, as Postgres also reads them. */
function lowercaseUuids(values: unknown): void {
  if (!values || typeof values !== 'object') return;
  const record = values as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && UUID.test(value)) record[key] = value.toLowerCase();
  }
}

function check(request: FastifyRequest): void {
  assertAcceptable(request.params, 'path');
  assertAcceptable(request.query, 'query string');
  // Multipart and upload bodies are still unread streams here; only parsed bodies (JSON, forms) are walked.
  if (request.body !== undefined && !isStream(request.body)) assertAcceptable(request.body, 'body');
  lowercaseUuids(request.params);
  lowercaseUuids(request.query);
}

const isStream = (body: unknown) => Buffer.isBuffer(body) || typeof (body as { pipe?: unknown })?.pipe === 'function';

/** Before Nest's pipes see anything: cheap checks that keep hostile input a 4xx instead of a 500. */
export function refuseHostileInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    try {
      check(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}
