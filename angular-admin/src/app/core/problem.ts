import { HttpErrorResponse } from '@angular/common/http';

export interface FieldError {
  field: string;
  message: string;
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

const asProblem = (error: unknown): Problem | null =>
  error instanceof HttpErrorResponse && error.error && typeof error.error === 'object' ? (error.error as Problem) : null;

/** What to tell the user about a failed call: the API's problem+json `detail`, else a plain fallback key. */
export function problemMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 0) return 'errors.network';
  const problem = asProblem(error);
  return problem?.detail ?? problem?.title ?? 'errors.generic';
}

/** Field errors of a 400, by field name (nested fields keep their dotted path, e.g. `price.amount`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of asProblem(error)?.errors ?? []) result[item.field] ??= item.message;
  return result;
}
