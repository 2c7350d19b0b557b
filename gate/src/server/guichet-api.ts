import type { QueuedScan } from '../offline/scan-queue.js';

export const SCAN_STATUSES = ['ok', 'already_used', 'invalid', 'wrong_club', 'wrong_match', 'not_paid', 'void'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface ScanAnswer {
  status: ScanStatus;
  ticketId?: string;
  /** When the server includes it, the scan id it will also send in `open`. */
  scanId?: string;
}

/** Network error, timeout or 5xx: the caller may fall back to offline validation. */
export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError';
}

/** The server answered but refused the request (bad key, bad input...): offline fallback would be wrong. */
export class ServerRejectedError extends Error {
  override readonly name = 'ServerRejectedError';
  constructor(
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
  }
}

export interface GuichetApiOptions {
  serverUrl: string;
  gateId: string;
  gateKey: string;
  timeoutMs: number;
}

interface HttpAnswer {
  status: number;
  body: unknown;
}

/** The three HTTP routes a gate device uses, all authenticated with X-Gate-Key. */
export class GuichetApi {
  constructor(private readonly options: GuichetApiOptions) {}

  async scan(code: string): Promise<ScanAnswer> {
    const answer = await this.request('POST', '/api/v1/access/scan', { code, gateId: this.options.gateId });
    // The scan verdict may come with a 2xx or a 4xx (e.g. 409 already_used): trust the body.
    const parsed = parseScanAnswer(answer.body);
    if (parsed) return parsed;
    throw new ServerRejectedError(`scan refused by the server with HTTP ${answer.status}`, answer.status);
  }

  async fetchOfflineBundle(): Promise<unknown> {
    const answer = await this.request('GET', `/api/v1/gates/${this.options.gateId}/offline-bundle`);
    if (answer.status !== 200) {
      throw new ServerRejectedError(`offline bundle refused with HTTP ${answer.status}`, answer.status);
    }
    return answer.body;
  }

  async uploadScans(scans: readonly QueuedScan[]): Promise<void> {
    const answer = await this.request('POST', `/api/v1/gates/${this.options.gateId}/scans`, { scans });
    if (answer.status < 200 || answer.status > 299) {
      throw new ServerRejectedError(`offline scans refused with HTTP ${answer.status}`, answer.status);
    }
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpAnswer> {
    const headers: Record<string, string> = { 'X-Gate-Key': this.options.gateKey, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.options.serverUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ServerUnreachableError(`${method} ${path} failed: ${reason}`);
    }
    const text = await response.text().catch(() => '');
    if (response.status >= 500) throw new ServerUnreachableError(`${method} ${path} answered HTTP ${response.status}`);
    return { status: response.status, body: parseJson(text) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseScanAnswer(body: unknown): ScanAnswer | null {
  if (typeof body !== 'object' || body === null || !('status' in body)) return null;
  const status = SCAN_STATUSES.find((candidate) => candidate === body.status);
  if (!status) return null;
  const answer: ScanAnswer = { status };
  if ('scanId' in body && typeof body.scanId === 'string') answer.scanId = body.scanId;
  if ('ticket' in body && typeof body.ticket === 'object' && body.ticket !== null && 'id' in body.ticket) {
    if (typeof body.ticket.id === 'string') answer.ticketId = body.ticket.id;
  }
  return answer;
}
