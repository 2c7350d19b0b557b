import { errorMessage, type Logger } from '../logger.js';
import { type GuichetApi, ServerUnreachableError } from '../server/guichet-api.js';
import type { Reachability } from '../server/reachability.js';
import type { ScanQueue } from './scan-queue.js';

const BATCH_SIZE = 200;

/** Sends queued offline scans to the server, removing each batch only once the server answered 2xx. */
export class ScanUploader {
  private running: Promise<void> | undefined;

  constructor(
    private readonly queue: ScanQueue,
    private readonly api: GuichetApi,
    private readonly reachability: Reachability,
    private readonly log: Logger,
  ) {}

  /** Joins the flush already in progress rather than sending the same scans twice at once. */
  flush(): Promise<void> {
    this.running ??= this.uploadAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async uploadAll(): Promise<void> {
    for (;;) {
      const batch = (await this.queue.all()).slice(0, BATCH_SIZE);
      if (batch.length === 0) return;
      try {
        await this.api.uploadScans(batch);
      } catch (error) {
        if (error instanceof ServerUnreachableError) {
          this.reachability.markDown();
          this.log.debug('offline scans not uploaded yet, server unreachable', { pending: batch.length });
        } else {
          this.log.error('server refused the offline scans, keeping them', { error: errorMessage(error) });
        }
        return;
      }
      this.reachability.markUp();
      await this.queue.remove(new Set(batch.map((scan) => scan.nonce)));
      this.log.info('uploaded offline scans', { count: batch.length });
    }
  }
}
