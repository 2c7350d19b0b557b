import { readFile } from 'node:fs/promises';
import { appendDurable, writeFileAtomic } from '../durable-file.js';
import type { Logger } from '../logger.js';
import { Serial } from '../serial.js';

/**
 * Codes this gate has let in (online `ok` or offline accept) that the offline bundle may
 * not list as used yet. Without it, a copy of a ticket admitted a minute ago would pass
 * offline until the next bundle refresh. Persisted as JSON lines (one JSON string each).
 */
export class AdmittedCodes {
  private readonly codes = new Set<string>();
  private readonly serial = new Serial();

  constructor(
    private readonly path: string,
    private readonly log: Logger,
  ) {}

  async load(): Promise<void> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const code: unknown = JSON.parse(line);
        if (typeof code === 'string') this.codes.add(code);
      } catch {
        this.log.warn('skipped a damaged line in the admitted codes file', { path: this.path });
      }
    }
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  add(code: string): Promise<void> {
    if (this.codes.has(code)) return Promise.resolve();
    this.codes.add(code);
    return this.serial.run(() => appendDurable(this.path, `${JSON.stringify(code)}\n`));
  }

  /** Forgets codes the server now lists as used: the bundle covers them from here on. */
  prune(used: ReadonlySet<string>): Promise<void> {
    return this.serial.run(async () => {
      let removed = 0;
      for (const code of this.codes) {
        if (used.has(code)) {
          this.codes.delete(code);
          removed += 1;
        }
      }
      if (removed === 0) return;
      const lines = [...this.codes].map((code) => `${JSON.stringify(code)}\n`).join('');
      await writeFileAtomic(this.path, lines);
    });
  }
}
