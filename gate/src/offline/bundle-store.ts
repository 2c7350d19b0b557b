import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../durable-file.js';
import { errorMessage, type Logger } from '../logger.js';
import { type GuichetApi, ServerUnreachableError } from '../server/guichet-api.js';
import { type OfflineBundle, parseOfflineBundle } from './offline-bundle.js';

/** Keeps the latest valid offline bundle in memory and on disk, so offline mode survives a reboot. */
export class BundleStore {
  private bundle: OfflineBundle | null = null;
  private readonly listeners: Array<(bundle: OfflineBundle) => Promise<void>> = [];

  constructor(
    private readonly path: string,
    private readonly api: GuichetApi,
    private readonly log: Logger,
  ) {}

  current(): OfflineBundle | null {
    return this.bundle;
  }

  onUpdate(listener: (bundle: OfflineBundle) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async loadFromDisk(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      this.log.info('no offline bundle on disk yet', { path: this.path });
      return;
    }
    try {
      this.bundle = parseOfflineBundle(JSON.parse(text));
      this.log.info('offline bundle loaded from disk', this.describe(this.bundle));
    } catch (error) {
      this.log.warn('offline bundle on disk is unusable, waiting for a fresh one', { error: errorMessage(error) });
    }
  }

  /** Fetches a fresh bundle; a failed or invalid download keeps the previous one. Returns whether it refreshed. */
  async refresh(): Promise<boolean> {
    let raw: unknown;
    let bundle: OfflineBundle;
    try {
      raw = await this.api.fetchOfflineBundle();
      bundle = parseOfflineBundle(raw);
    } catch (error) {
      const level = error instanceof ServerUnreachableError ? 'debug' : 'warn';
      this.log[level]('offline bundle refresh failed, keeping the previous one', { error: errorMessage(error) });
      return false;
    }
    await writeFileAtomic(this.path, JSON.stringify(raw));
    this.bundle = bundle;
    this.log.info('offline bundle refreshed', this.describe(bundle));
    for (const listener of this.listeners) await listener(bundle);
    return true;
  }

  private describe(bundle: OfflineBundle): Record<string, string | number> {
    return {
      generatedAt: bundle.generatedAt,
      keys: bundle.keys.size,
      revoked: bundle.revoked.size,
      used: bundle.used.size,
      matches: bundle.matchIds?.size ?? 'any',
    };
  }
}
