import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { StripeApiError } from './errors';
import type { FormObject } from './form-body';
import { Params, parseForm } from './form-body';
import { newId } from './objects';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The form body (or query string for GET), parsed into nested objects and arrays. */
  body: FormObject;
  idempotencyKey: string | null;
  at: Date;
}

type Route = (method: string, path: string, params: Params) => object;

/** A response kept for its idempotency key. */
export interface Saved {
  method: string;
  path: string;
  body: FormObject;
  status: number;
  payload: string;
}

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

const mask = (key: string) => `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;

function authError(header: string | undefined, apiKey: string | undefined): StripeApiError | undefined {
  const key = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!key) return new StripeApiError(401, { message: NO_KEY }, false);
  if (!key.startsWith('sk_test_') || (apiKey !== undefined && key !== apiKey)) {
    return new StripeApiError(401, { message: `Invalid API Key provided: ${mask(key)}` }, false);
  }
  return undefined;
}

/**
 * Stripe's HTTP surface: bearer auth, form bodies, idempotency keys, JSON answers.
 * Handlers run synchronously once the body is read, so two requests never interleave.
 */
export function createStripeServer(
  route: Route,
  requests: RecordedRequest[] | undefined,
  apiKey?: string,
  saved = new Map<string, Saved>(),
  onChange: () => void = () => undefined,
): Server {
  const handle = (req: IncomingMessage, res: ServerResponse, text: string): void => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const key = method === 'POST' ? (req.headers['idempotency-key']?.toString() ?? null) : null;
    const send = (status: number, payload: string, replayed = false) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': newId('req_', 14),
        'stripe-version': req.headers['stripe-version']?.toString() ?? '',
        ...(key ? { 'idempotency-key': key } : {}),
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
      res.end(payload);
    };
    const fail = (error: StripeApiError) => send(error.status, JSON.stringify(error, null, 2));

    let parsed: FormObject | StripeApiError;
    try {
      parsed = parseForm(method === 'GET' ? url.search.slice(1) : text);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      parsed = error;
    }
    const body = parsed instanceof StripeApiError ? {} : parsed;
    requests?.push({ method, path: url.pathname, body, idempotencyKey: key, at: new Date() });
    const refusal = authError(req.headers.authorization, apiKey) ?? (parsed instanceof StripeApiError ? parsed : undefined);
    if (refusal) return fail(refusal);

    const previous = key ? saved.get(key) : undefined;
    if (key && previous) {
      const sameEndpoint = previous.method === method && previous.path === url.pathname;
      if (sameEndpoint && isDeepStrictEqual(previous.body, body)) return send(previous.status, previous.payload, true);
      const message = sameEndpoint
        ? `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`
        : `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${previous.method} ${previous.path}' vs '${method} ${url.pathname}'). Try using a key other than '${key}' if you meant to execute a different request.`;
      return fail(new StripeApiError(400, { type: 'idempotency_error', message }, false));
    }
    let status = 200;
    let payload: string;
    let keep = true;
    try {
      payload = JSON.stringify(route(method, url.pathname, new Params(body)), null, 2);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      ({ status, stored: keep } = error);
      payload = JSON.stringify(error, null, 2);
    }
    if (key && keep) saved.set(key, { method, path: url.pathname, body, status, payload });
    if (method === 'POST') onChange();
    send(status, payload);
  };

  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        // A bug in the fake: answer like a Stripe outage rather than hanging the client.
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
      }
    });
  });
}
