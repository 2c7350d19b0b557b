/**
 * TRUST_PROXY as Fastify takes it: a hop count, a list of addresses, or nobody. Fastify 5.12 reads a bare
 * number as "trust nobody", so a count is given as the rule it always meant: the `hops` nearest addresses.
 */
export function trustedProxies(setting: string | undefined): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (!setting) return false;
  if (!/^\d+$/.test(setting)) return setting.split(',');
  const hops = Number(setting);
  return (_address, hop) => hop < hops;
}
