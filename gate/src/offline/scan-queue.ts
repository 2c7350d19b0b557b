import { readFile } from 'node:fs/promises';
import { appendDurable, writeFileAtomic } from '../durable-file.js';
import type { Logger } from '../logger.js';
import { Serial } from '../serial.js';

/** Offline verdicts; `ok` is the only one that let someone in. */
export type OfflineScanResult = 'ok' | 'already_used' | 'invalid' | 'void' | 'wrong_match';

/** One scan decided offline, exactly as uploaded to POST /api/v1/gates/{id}/scans. */
export interface QueuedScan {
  /** Random UUID: the server applies each nonce once, so re-uploading is harmless. */
  nonce: string;
  code: string;
  scannedAt: string;
  result: OfflineScanResult;
}

const RESULTS: readonly OfflineScanResult[] = ['ok', 'already_used', 'invalid', 'void', 'wrong_match'];

/** Append-only JSON-lines file of offline scans waiting for upload. */
export class ScanQueue {
  private readonly serial = new Serial();

  constructor(
    private readonly path: string,
    private readonly log: Logger,
  ) {}

  append(scan: QueuedScan): Promise<void> {
    return this.serial.run(() => appendDurable(this.path, `${JSON.stringify(scan)}\n`));
  }

  all(): Promise<QueuedScan[]> {
    return this.serial.run(() => this.read());
  }

  /** Drops the scans the server acknowledged; keeps everything else, including scans appended meanwhile. */
  remove(nonces: ReadonlySet<string>): Promise<void> {
    return this.serial.run(async () => {
      const kept = (await this.read()).filter((scan) => !nonces.has(scan.nonce));
      await writeFileAtomic(this.path, kept.map((scan) => `${JSON.stringify(scan)}\n`).join(''));
    });
  }

  private async read(): Promise<QueuedScan[]> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const scans: QueuedScan[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const scan = parseQueuedScan(line);
      if (scan) scans.push(scan);
      // A torn last line after a power cut is the only expected case.
      else this.log.warn('skipped a damaged line in the scan queue', { path: this.path });
    }
    return scans;
  }
}

function parseQueuedScan(line: string): QueuedScan | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (!('nonce' in value && 'code' in value && 'scannedAt' in value && 'result' in value)) return null;
  const { nonce, code, scannedAt, result } = value;
  const known = RESULTS.find((candidate) => candidate === result);
  if (typeof nonce !== 'string' || typeof code !== 'string' || typeof scannedAt !== 'string' || !known) return null;
  return { nonce, code, scannedAt, result: known };
}
