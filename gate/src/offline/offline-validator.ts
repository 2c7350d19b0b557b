import type { AdmittedCodes } from './admitted-codes.js';
import type { BundleStore } from './bundle-store.js';
import type { OfflineScanResult } from './scan-queue.js';
import { parseTicketCode, verifyTicketCode } from './ticket-code.js';

export interface OfflineVerdict {
  result: OfflineScanResult;
  /** Short reason for the log; never the code itself. */
  reason: string;
}

/** Decides a scan without the server: genuine signature, right match, not revoked, not used anywhere we know of. */
export class OfflineValidator {
  constructor(
    private readonly bundles: BundleStore,
    private readonly admitted: AdmittedCodes,
  ) {}

  /** Null when there is no bundle yet, so nothing can be verified. */
  check(code: string): OfflineVerdict | null {
    const bundle = this.bundles.current();
    if (!bundle) return null;
    const ticket = parseTicketCode(code);
    if (!ticket) return { result: 'invalid', reason: 'not a signed ticket code' };
    const key = bundle.keys.get(ticket.kid);
    if (!key) return { result: 'invalid', reason: `unknown key ${ticket.kid}` };
    if (!verifyTicketCode(ticket, key)) return { result: 'invalid', reason: 'bad signature' };
    if (bundle.matchIds && !bundle.matchIds.has(ticket.matchId)) return { result: 'wrong_match', reason: 'other match' };
    if (bundle.revoked.has(code)) return { result: 'void', reason: 'revoked' };
    if (bundle.used.has(code)) return { result: 'already_used', reason: 'used according to the server' };
    if (this.admitted.has(code)) return { result: 'already_used', reason: 'already admitted at this gate' };
    return { result: 'ok', reason: 'valid signature' };
  }
}
