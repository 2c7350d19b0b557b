import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { errorMessage, type Logger } from '../logger.js';

export interface LineScanner {
  /** Settles when the input ends or close() is called. */
  done: Promise<void>;
  close(): void;
}

/**
 * A USB QR scanner in keyboard-wedge mode types each code followed by Enter, so one
 * line of input is one scan. Scans are handled one at a time, in order.
 */
export function startLineScanner(input: Readable, onCode: (code: string) => Promise<void>, log: Logger): LineScanner {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let closing = false;
  const done = (async () => {
    for await (const line of lines) {
      const code = line.trim();
      if (code === '') continue;
      try {
        await onCode(code);
      } catch (error) {
        log.error('scan handling failed', { error: errorMessage(error) });
      }
    }
    if (!closing) log.warn('scanner input ended; the door still obeys the server');
  })();
  return {
    done,
    close: () => {
      closing = true;
      lines.close();
    },
  };
}
