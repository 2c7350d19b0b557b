/**
 * Remembers that the server was just unreachable, so the next scans go straight to
 * offline validation instead of each waiting for an HTTP timeout at the turnstile.
 */
export class Reachability {
  private downSince: number | undefined;

  constructor(
    private readonly retryMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  markUp(): void {
    this.downSince = undefined;
  }

  markDown(): void {
    this.downSince = this.now();
  }

  shouldTryServer(): boolean {
    return this.downSince === undefined || this.now() - this.downSince >= this.retryMs;
  }
}
