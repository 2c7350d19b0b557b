import { HttpErrorResponse } from '@angular/common/http';

export interface FieldError {
  field: string;
  message: string;
}

interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

const asProblem = (error: unknown): Problem | null =>
  error instanceof HttpErrorResponse && error.error && typeof error.error === 'object' ? (error.error as Problem) : null;

/**
 * Refusals an organizer or admin meets in everyday work, worded by the console in their language
 * (`errors.problems.<code>`); any other refusal shows the API's own (English) detail.
 */
const WORDED = new Set([
  'quota-below-sold',
  'stand-has-tickets',
  'capacity-below-quota',
  'match-cancelled',
  'duplicate-stand',
  'stand-exists',
  'competition-exists',
  'competition-in-use',
]);

/** What to tell the user about a failed call: a translation key, or the API's problem+json `detail`. */
export function problemMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 0) return 'errors.network';
  const problem = asProblem(error);
  const code = problem?.type?.split('/').pop();
  if (code && WORDED.has(code)) return `errors.problems.${code}`;
  return problem?.detail ?? problem?.title ?? 'errors.generic';
}

/** Field errors of a 400, by field name (nested fields keep their dotted path, e.g. `price.amount`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of asProblem(error)?.errors ?? []) result[item.field] ??= item.message;
  return result;
}
