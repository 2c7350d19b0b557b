import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { httpLogOptions } from './logging.module';
import { redactUrl } from './redact-url';

describe('request log', () => {
  let server: Server;
  let lines: string[];
  let base: string;

  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pinoHttp(httpLogOptions({ LOG_LEVEL: 'info' }), sink);
    server = createServer((req, res) => {
      logger(req, res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['a download link', '/api/v1/dl/SECRETdownloadTOKEN123', 'SECRETdownloadTOKEN123'],
    ['a payment link token', '/orders/1/pay?t=SECRETpayTOKEN456&x=1', 'SECRETpayTOKEN456'],
    ['a password reset link', '/password/reset/SECRETresetTOKEN789', 'SECRETresetTOKEN789'],
    ['an invitation', '/invitations/accept?token=SECRETinviteTOKEN', 'SECRETinviteTOKEN'],
  ])('keeps %s out of the log', async (_name, path, secret) => {
    lines.length = 0;
    await fetch(base + path);
    await new Promise((resolve) => setImmediate(resolve));
    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).not.toContain(secret);
    expect(log).toContain('[redacted]');
  });

  it('keeps ordinary paths and queries readable', () => {
    expect(redactUrl('/api/v1/films?q=amelie&page=2')).toBe('/api/v1/films?q=amelie&page=2');
    expect(redactUrl('/invitations/accept?token=abc')).toBe('/invitations/accept?token=[redacted]');
  });
});
