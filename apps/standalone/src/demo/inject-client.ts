import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

interface Call {
  token?: string;
  json?: unknown;
  file?: { name: string; type: string; bytes: Buffer };
}

/**
 * Calls the public API in process (Fastify's inject: the whole request path, guards and validation
 * included, no socket). The demo is built through the same contract as any client, so it never writes
 * another lib's tables itself.
 */
export class InjectClient {
  constructor(private readonly fastify: FastifyInstance) {}

  async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, { token, json, file }: Call = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: string | Buffer | undefined;
    if (json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(json);
    } else if (file) {
      const boundary = `----guichet-demo-${randomBytes(8).toString('hex')}`;
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
      payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
        file.bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    }
    const response = await this.fastify.inject({ method, url: `/api/v1${path}`, headers, payload });
    if (response.statusCode >= 300) throw new Error(`demo: ${method} ${path} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return (response.body ? response.json() : undefined) as T;
  }
}
