import { createHash } from 'node:crypto';

/** A ticket code is a bearer secret: logs carry this short hash instead, enough to correlate lines. */
export function codeRef(code: string): string {
  return createHash('sha256').update(code).digest('hex').slice(0, 12);
}
