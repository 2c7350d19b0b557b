import { DomainError } from '@guichet/common';
import type { Messages } from '../i18n/fr';

/** What a page tells a visitor whose request Fastify or the hostile-input check refused before any handler ran. */
export interface Rejection {
  status: number;
  detail?: string;
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof DomainError) return error.status;
  const candidate = (error as { statusCode?: unknown })?.statusCode;
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : undefined;
}

/**
 * Maps a body-parser, size-limit or hostile-input refusal to a page status and plain words in the visitor's
 * language; anything else is not a refusal (undefined) and stays a server error.
 */
export function rejectionOf(error: unknown, t: Messages): Rejection | undefined {
  const status = statusOf(error);
  if (status === undefined || status >= 500) return undefined;
  if (status === 413) return { status, detail: t.errors.tooLarge };
  if (status === 415) return { status, detail: t.errors.unsupported };
  if (error instanceof DomainError && /NUL|invalid .*character/i.test(error.detail ?? '')) return { status, detail: t.errors.badCharacter };
  if (status === 400) return { status, detail: t.errors.malformed };
  return { status };
}
