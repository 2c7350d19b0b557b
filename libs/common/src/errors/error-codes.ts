import type { FieldError } from './domain-error';
import { DomainError } from './domain-error';

/** What an error code means to a client: its HTTP status and the problem's title (the type is PROBLEM_TYPE_BASE + code). */
export interface ErrorSpec {
  readonly status: number;
  readonly title: string;
}

export type ErrorTable = Readonly<Record<string, ErrorSpec>>;

export interface ErrorExtras {
  /** A more precise title than the code's usual one ("Match not found"); the status never changes. */
  title?: string;
  errors?: FieldError[];
  /** Sent as Retry-After (429, 503). */
  retryAfterSeconds?: number;
}

/** The codes every lib may throw; a lib's table spreads the ones it uses next to its own. */
export const COMMON_ERRORS = {
  validation: { status: 400, title: 'Invalid request' },
  'bad-request': { status: 400, title: 'Bad request' },
  'file-missing': { status: 400, title: 'No file' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'mail-not-failed': { status: 409, title: 'This mail is not failed' },
  'payload-too-large': { status: 413, title: 'File too large' },
  'multipart-required': { status: 415, title: 'Multipart body required' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies ErrorTable;

/**
 * A lib's thrower: services name a code (and the detail the client reads); the table alone decides the
 * status and title. `libs/schema/src/error-codes.spec.ts` checks that a code means one status everywhere.
 */
export function errorsFrom<T extends ErrorTable>(table: T) {
  return (code: keyof T & string, detail?: string, extras: ErrorExtras = {}): DomainError => {
    const spec = table[code];
    const error = new DomainError(code, spec.status, extras.title ?? spec.title, detail, extras.errors);
    if (extras.retryAfterSeconds !== undefined) error.retryAfterSeconds = extras.retryAfterSeconds;
    return error;
  };
}

/** Common's own thrower (infrastructure: validation, bodies, files, health, mail admin). */
export const commonError = errorsFrom(COMMON_ERRORS);
