export interface FieldError {
  field: string;
  message: string;
}

export const PROBLEM_TYPE_BASE = 'https://guichet.app/problems/';

/**
 * An error a module throws on purpose. The global filter turns it into
 * application/problem+json; `code` becomes the last segment of the problem type.
 */
export class DomainError extends Error {
  /** Sent as `Retry-After` (429, 503) when set. */
  retryAfterSeconds?: number;

  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) => new DomainError('not-found', 404, `${what} not found`);
export const forbidden = (detail = 'You are not allowed to do this.') => new DomainError('forbidden', 403, 'Forbidden', detail);
export const conflict = (code: string, title: string, detail?: string) => new DomainError(code, 409, title, detail);
export const badRequest = (code: string, title: string, detail?: string, errors?: FieldError[]) => new DomainError(code, 400, title, detail, errors);
