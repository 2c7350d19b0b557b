import { readdir, readFile } from 'node:fs/promises';

/** CPU seconds spent so far by the parts sharing the machine during a bench. */
export interface CpuSnapshot {
  api: number;
  /** The API's time in the kernel (socket writes on loopback carry the delivery to the reader). */
  apiKernel: number;
  postgres: number;
  redis: number;
  bench: number;
}

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/**
 * user + kernel seconds, plus the children's that were reaped (a Postgres backend that ended counts in the
 * postmaster's); a process gone since is 0.
 */
async function secondsOf(pid: string): Promise<{ total: number; kernel: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  if (!stat) return { total: 0, kernel: 0 };
  const [user, kernel, childUser, childKernel] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map((ticks) => Number(ticks) / TICKS_PER_SECOND);
  return { total: user + kernel + childUser + childKernel, kernel: kernel + childKernel };
}

/** Postgres and Redis are found by process name, the API by its pid (unknown: counted as 0). */
export async function cpuSnapshot(apiPid: string | undefined): Promise<CpuSnapshot> {
  const api = apiPid ? await secondsOf(apiPid) : { total: 0, kernel: 0 };
  const snapshot: CpuSnapshot = { api: api.total, apiKernel: api.kernel, postgres: 0, redis: 0, bench: 0 };
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const name = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim();
    if (name === 'postgres') snapshot.postgres += (await secondsOf(pid)).total;
    else if (name === 'redis-server') snapshot.redis += (await secondsOf(pid)).total;
  }
  const own = process.cpuUsage();
  snapshot.bench = (own.user + own.system) / 1e6;
  return snapshot;
}

/** "API 0.61 ms, Postgres 0.52 ms, …": CPU time per unit of work between two snapshots. */
export function cpuPer(before: CpuSnapshot, after: CpuSnapshot, units: number, parts: (keyof CpuSnapshot)[]): string {
  const label: Record<keyof CpuSnapshot, string> = { api: 'API', apiKernel: 'of which kernel', postgres: 'Postgres', redis: 'Redis', bench: 'bench' };
  return parts.map((part) => `${label[part]} ${((1000 * (after[part] - before[part])) / units).toFixed(2)} ms`).join(', ');
}
