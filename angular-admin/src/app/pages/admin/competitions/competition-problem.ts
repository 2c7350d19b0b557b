import { HttpErrorResponse } from '@angular/common/http';
import { problemMessage } from '../../../core/problem';

/** The API's conflicts about competitions, said in the console's language (its own detail is English). */
const KNOWN: Record<string, string> = {
  'competition-exists': 'competitions.exists',
  'competition-in-use': 'competitions.inUse',
};

export function competitionProblem(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object') {
    const code = String((error.error as { type?: unknown }).type ?? '').split('/').pop() ?? '';
    if (KNOWN[code]) return KNOWN[code];
  }
  return problemMessage(error);
}
