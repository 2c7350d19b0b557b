export interface BackoffOptions {
  minMs: number;
  maxMs: number;
  /** 0..1: each delay is spread by +/- this fraction so a stadium of gates does not retry in lockstep. */
  jitter: number;
  random?: () => number;
}

/** Exponential backoff (doubling from minMs, capped at maxMs) with jitter. */
export class Backoff {
  private attempts = 0;

  constructor(private readonly options: BackoffOptions) {}

  next(): number {
    const { minMs, maxMs, jitter, random = Math.random } = this.options;
    const base = Math.min(maxMs, minMs * 2 ** this.attempts);
    this.attempts += 1;
    const spread = base * jitter * (2 * random() - 1);
    return Math.round(Math.min(maxMs, Math.max(0, base + spread)));
  }

  reset(): void {
    this.attempts = 0;
  }
}
