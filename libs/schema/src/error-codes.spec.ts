import { ACCESS_ERRORS } from '../../access/src/access.errors';
import { CATALOGUE_ERRORS } from '../../catalogue/src/catalogue.errors';
import type { ErrorTable } from '@guichet/common';
import { COMMON_ERRORS, errorsFrom, PROBLEM_TYPE_BASE, problemFor } from '@guichet/common';
import { PAYMENTS_ERRORS } from '../../payments/src/payments.errors';
import { TICKETING_ERRORS } from '../../ticketing/src/ticketing.errors';
import { USERS_ERRORS } from '../../users/src/users.errors';
import { WEB_ERRORS } from '../../web/src/web.errors';

/** Each lib's table of error codes; together they are the one map from code to status that clients rely on (docs/api.md). */
const TABLES: Record<string, ErrorTable> = {
  common: COMMON_ERRORS,
  users: USERS_ERRORS,
  catalogue: CATALOGUE_ERRORS,
  payments: PAYMENTS_ERRORS,
  ticketing: TICKETING_ERRORS,
  access: ACCESS_ERRORS,
  web: WEB_ERRORS,
};

describe('error codes', () => {
  it('gives every code one status, whichever lib throws it', () => {
    const statusOf = new Map<string, { status: number; lib: string }>();
    const clashes: string[] = [];
    for (const [lib, table] of Object.entries(TABLES)) {
      for (const [code, spec] of Object.entries(table)) {
        const seen = statusOf.get(code);
        if (seen && seen.status !== spec.status) clashes.push(`${code}: ${seen.lib} ${seen.status}, ${lib} ${spec.status}`);
        else statusOf.set(code, { status: spec.status, lib });
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses only client and availability statuses, and codes that fit a problem type', () => {
    for (const table of Object.values(TABLES)) {
      for (const [code, spec] of Object.entries(table)) {
        expect({ code, ok: /^[a-z]+(-[a-z]+)*$/.test(code) && ((spec.status >= 400 && spec.status < 500) || spec.status === 503) }).toEqual({ code, ok: true });
      }
    }
  });

  it('turns a thrown code into the problem clients see: status and title from the table, the detail from the service', () => {
    const error = errorsFrom(TICKETING_ERRORS)('sold-out', 'This stand is sold out.');
    const problem = problemFor(error.status, error.detail, error.code, error.title, error.errors);
    expect(problem).toEqual({ type: `${PROBLEM_TYPE_BASE}sold-out`, title: 'Not enough seats left', status: 409, detail: 'This stand is sold out.' });
  });

  it('lets a service sharpen the title and add field errors or Retry-After without changing the status', () => {
    const error = errorsFrom(TICKETING_ERRORS)('not-found', 'This stand is not on sale for this match.', {
      title: 'Match or stand not found',
      errors: [{ field: 'standId', message: 'unknown' }],
      retryAfterSeconds: 3,
    });
    expect([error.status, error.title, error.errors, error.retryAfterSeconds]).toEqual([
      404,
      'Match or stand not found',
      [{ field: 'standId', message: 'unknown' }],
      3,
    ]);
  });
});
