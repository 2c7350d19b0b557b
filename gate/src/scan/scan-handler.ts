import { randomUUID } from 'node:crypto';
import type { DoorController } from '../door/door-controller.js';
import { errorMessage, type Logger } from '../logger.js';
import type { AdmittedCodes } from '../offline/admitted-codes.js';
import type { OfflineValidator } from '../offline/offline-validator.js';
import type { OfflineScanResult, ScanQueue } from '../offline/scan-queue.js';
import { type GuichetApi, type ScanStatus, ServerUnreachableError } from '../server/guichet-api.js';
import type { Reachability } from '../server/reachability.js';
import { codeRef } from './code-ref.js';

export type ScanOutcome =
  | { mode: 'online'; status: ScanStatus }
  | { mode: 'offline'; status: OfflineScanResult; nonce: string }
  | { mode: 'failed'; reason: string };

export interface ScanHandlerDeps {
  api: GuichetApi;
  reachability: Reachability;
  validator: OfflineValidator;
  queue: ScanQueue;
  admitted: AdmittedCodes;
  door: DoorController;
  isSocketConnected: () => boolean;
  log: Logger;
}

// Ticket codes are ~125 chars; anything far longer is a misread or someone typing junk.
const MAX_CODE_LENGTH = 512;

/**
 * One scanned code: ask the server; if it cannot be reached, decide offline.
 *
 * Online, the door is NOT opened on the HTTP answer: the server sends `open` over the
 * websocket after marking the ticket used, and opening here too would open twice. The
 * one exception is an `ok` while the websocket is down, since that `open` cannot arrive.
 */
export class ScanHandler {
  constructor(private readonly deps: ScanHandlerDeps) {}

  async handle(code: string): Promise<ScanOutcome> {
    const { log, reachability } = this.deps;
    const ref = codeRef(code);
    if (code.length > MAX_CODE_LENGTH) {
      log.warn('scan ignored: code too long', { ref, length: code.length });
      return { mode: 'failed', reason: 'code too long' };
    }
    if (!reachability.shouldTryServer()) return this.handleOffline(code, ref);
    try {
      const answer = await this.deps.api.scan(code);
      reachability.markUp();
      return await this.handleOnline(code, ref, answer.status, answer.scanId);
    } catch (error) {
      if (error instanceof ServerUnreachableError) {
        reachability.markDown();
        log.warn('server unreachable, validating offline', { ref, error: error.message });
        return this.handleOffline(code, ref);
      }
      log.error('scan refused by the server', { ref, error: errorMessage(error) });
      return { mode: 'failed', reason: errorMessage(error) };
    }
  }

  private async handleOnline(code: string, ref: string, status: ScanStatus, scanId?: string): Promise<ScanOutcome> {
    const { log, door, admitted } = this.deps;
    if (status === 'ok' || status === 'already_used') await admitted.add(code);
    if (status !== 'ok') {
      log.info(`scan refused: ${status}`, { ref, mode: 'online' });
      return { mode: 'online', status };
    }
    if (this.deps.isSocketConnected()) {
      log.info('scan ok, waiting for the server to open the door', { ref, mode: 'online' });
    } else {
      log.warn('scan ok but the websocket is down, opening locally', { ref, mode: 'online' });
      door.open(scanId ?? randomUUID());
    }
    return { mode: 'online', status };
  }

  private async handleOffline(code: string, ref: string): Promise<ScanOutcome> {
    const { log, validator, queue, admitted, door } = this.deps;
    const verdict = validator.check(code);
    if (!verdict) {
      log.error('scan refused: server unreachable and no offline bundle yet', { ref, mode: 'offline' });
      return { mode: 'failed', reason: 'no offline bundle' };
    }
    const nonce = randomUUID();
    try {
      // Recorded before the door moves: an admission must never go unreported.
      await queue.append({ nonce, code, scannedAt: new Date().toISOString(), result: verdict.result });
    } catch (error) {
      log.error('scan refused: could not record it in the offline queue', { ref, error: errorMessage(error) });
      return { mode: 'failed', reason: 'offline queue not writable' };
    }
    if (verdict.result !== 'ok') {
      log.info(`scan refused: ${verdict.result}`, { ref, mode: 'offline', reason: verdict.reason });
      return { mode: 'offline', status: verdict.result, nonce };
    }
    await admitted.add(code);
    log.info('scan ok (offline), opening', { ref, mode: 'offline', scanId: nonce });
    door.open(nonce);
    return { mode: 'offline', status: 'ok', nonce };
  }
}
