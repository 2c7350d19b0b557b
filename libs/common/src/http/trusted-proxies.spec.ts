import Fastify from 'fastify';
import { trustedProxies } from './trusted-proxies';

/** The client address Fastify reads for a request from 10.0.0.2 (the balancer) forwarded for `chain`. */
async function clientAddress(setting: string | undefined, chain: string): Promise<string> {
  const app = Fastify({ trustProxy: trustedProxies(setting) });
  app.get('/', (request) => ({ ip: request.ip }));
  const response = await app.inject({ url: '/', remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': chain } });
  await app.close();
  return response.json<{ ip: string }>().ip;
}

describe('TRUST_PROXY', () => {
  it('believes nobody when unset', async () => {
    expect(await clientAddress(undefined, '203.0.113.9')).toBe('10.0.0.2');
  });

  it('as a hop count, reads that many forwarding proxies back and no further', async () => {
    expect(await clientAddress('1', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await clientAddress('2', '198.51.100.1, 203.0.113.9')).toBe('198.51.100.1');
  });

  it('as addresses, believes only those', async () => {
    expect(await clientAddress('10.0.0.0/8', '203.0.113.9')).toBe('203.0.113.9');
    expect(await clientAddress('192.0.2.1', '203.0.113.9')).toBe('10.0.0.2');
  });
});
