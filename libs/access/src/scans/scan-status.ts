import { createHash } from 'node:crypto';

/** The verdicts of a scan (API.md, Access). */
export const SCAN_STATUSES = ['ok', 'already_used', 'invalid', 'wrong_club', 'wrong_match', 'not_paid', 'void'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** A ticket code is a bearer secret: logs and the scan table carry this short hash instead (as the gate does). */
export const codeRef = (code: string) => createHash('sha256').update(code).digest('hex').slice(0, 12);
