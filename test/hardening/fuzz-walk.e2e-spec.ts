import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import { bearer, registerCustomer, registerOrganizer } from '../support/accounts';
import { adminSession } from '../support/content/catalogue';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import type { OwnDatabase } from '../support/own-database';
import { ownDatabase } from '../support/own-database';

/** Fixed, so a failure reproduces; change it to explore further. */
const SEED = 20261202;
const SAMPLES_PER_OPERATION = 5;
const IN_FLIGHT = 6;
const LONE_SURROGATE = '%ED%A0%80';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };
type Parameter = { name: string; in: 'path' | 'query' | 'header' };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

// ---- the corpus -------------------------------------------------------------------------------------------

const hostileText = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfff', '../../etc/passwd', "' OR 1=1 --", 'null', '[]', '{}', 'é'.repeat(300), 'A'.repeat(5000)),
  fc.string({ maxLength: 40, unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('type', 'id', 'items', 'price', '__proto__', 'constructor'), fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 4,
    }),
  ),
}));
const deepNest = fc.integer({ min: 40, max: 60_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
const pathValue = fc.oneof(
  fc.constant(randomUUID()),
  fc.constant(randomUUID().toUpperCase()),
  fc.constantFrom('not-a-uuid', '%00', LONE_SURROGATE, '9'.repeat(400), '..%2F..', '-1', '0', '%20', 'null'),
);
const queryValue = fc.oneof(hostileText.map(encodeText), hostileNumber.map(String), fc.constantFrom(LONE_SURROGATE, '%00', '', '1e999', '-0'));

/** encodeURIComponent refuses lone surrogates: send their (invalid) UTF-8 bytes instead. */
function encodeText(text: string): string {
  return text
    .split(/([\ud800-\udfff])/)
    .map((piece) => (/^[\ud800-\udfff]$/.test(piece) ? LONE_SURROGATE : encodeURIComponent(piece)))
    .join('');
}

const BOUNDARY = 'walkboundary';
const brokenMultiparts: [string, string][] = [
  ['multipart/form-data', 'no boundary at all'],
  [`multipart/form-data; boundary=${BOUNDARY}`, ''],
  [
    `multipart/form-data; boundary=${BOUNDARY}`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n`,
  ],
  [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`],
  [
    `multipart/form-data; boundary=${BOUNDARY}`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="\u0000.png"\r\n\r\nabc\r\n--${BOUNDARY}--\r\n`,
  ],
  [
    `multipart/form-data; boundary=${BOUNDARY}`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n\r\n--${BOUNDARY}--\r\n`,
  ],
];

// ---- the walk ---------------------------------------------------------------------------------------------

interface Probe {
  method: string;
  url: string;
  contentType?: string;
  body?: string;
}

function fieldNames(document: OpenApi, schema: Schema | undefined): string[] {
  const resolved = schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  return Object.keys(resolved?.properties ?? {});
}

function probesFor(document: OpenApi, path: string, method: string, operation: Operation, seed: number): Probe[] {
  const params = operation.parameters ?? [];
  const queryNames = params.filter((param) => param.in === 'query').map((param) => param.name);
  const content = operation.requestBody?.content ?? {};
  const fields = fieldNames(document, content['application/json']?.schema);
  const takesFile = Boolean(content['multipart/form-data']) || /(thumbnail|media|payment-proof)$/.test(path);
  const sample = <T>(arbitrary: fc.Arbitrary<T>, offset: number) => fc.sample(arbitrary, { seed: seed + offset, numRuns: SAMPLES_PER_OPERATION });

  const paths = sample(fc.func(pathValue), 1).map((pick) => path.replace(/\{[^}]+\}/g, (whole) => pick(whole)));
  const queries = sample(fc.array(fc.tuple(fc.constantFrom(...queryNames, 'page', 'pageSize', 'q', 'unknown'), queryValue), { maxLength: 4 }), 2);
  const bodies = sample(
    fc.oneof(
      hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
      // The route's own fields with hostile values, plus one it does not know: never a valid body (which could
      // rightly create something), yet every field goes through validation.
      fc
        .dictionary(fc.constantFrom(...fields, 'extra'), hostileValue, { maxKeys: Math.max(1, fields.length) })
        .map((value) => JSON.stringify({ ...value, walkUnknownField: 1 })),
      deepNest,
      fc.constantFrom('{"a":', '', 'null', '{"items":[null],"paymentMethod":"stripe"}'),
    ),
    3,
  );
  const probes: Probe[] = paths.map((url, i) => {
    const query = queries[i].map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join('&');
    const probe: Probe = { method, url: query ? `${url}?${query}` : url };
    if (method !== 'get' && method !== 'delete' && method !== 'head') Object.assign(probe, { contentType: 'application/json', body: bodies[i] });
    return probe;
  });
  if (takesFile) for (const [contentType, body] of brokenMultiparts) probes.push({ method, url: paths[0], contentType, body });
  return probes;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('every route of the OpenAPI document under hostile input', () => {
  let db: OwnDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await ownDatabase('walk');
    // A webhook secret, so that the webhook answers a bad signature (400) rather than "not configured" (503).
    t = await startTestApp(
      { DATABASE_URL: db.url, STRIPE_SECRET_KEY: 'sk_test_walk', STRIPE_WEBHOOK_SECRET: 'whsec_walk', LOGIN_MAX_FAILURES_PER_IP: '10000' },
      false,
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('answers no request with a 5xx and changes no table', async () => {
    const callers: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['customer', bearer(await registerCustomer(t.url))],
      ['organizer', bearer(await registerOrganizer(t.url))],
      ['admin', bearer(await adminSession(t.url))],
    ];
    const document = (await request(t.url).get('/api/docs-json').expect(200)).body as OpenApi;
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(50);

    const before = await db.rowCounts();
    const failures: string[] = [];
    let sent = 0;
    const probes = operations.flatMap(({ path, method, operation }, index) =>
      probesFor(document, path, method, operation, SEED + index * 10).flatMap((probe) => callers.map(([who, headers]) => ({ probe, who, headers }))),
    );
    await inBatches(probes, IN_FLIGHT, async ({ probe, who, headers }) => {
      const call = request(t.url)[probe.method as 'get'](probe.url).set(headers).timeout(20_000);
      if (probe.contentType) call.set('Content-Type', probe.contentType);
      const res = await (probe.body !== undefined ? call.send(probe.body) : call);
      sent++;
      if (res.status >= 500)
        failures.push(
          `${res.status} ${probe.method.toUpperCase()} ${probe.url} as ${who}: ${String(probe.body).slice(0, 120)} → ${JSON.stringify(res.body).slice(0, 200)}`,
        );
    });
    expect(sent).toBe(probes.length);
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
    expect(await db.rowCounts()).toEqual(before);
  }, 180_000);
});
