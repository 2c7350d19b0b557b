import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { Environment } from '@guichet/common';
import { envFileName } from '@guichet/common';
import type { DemoLogins } from '../demo/demo-seeder';

const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

export const DEMO_LOGINS = {
  organizer: 'organisateur@demo.guichet.local',
  customer: 'supporter@demo.guichet.local',
};

/**
 * First start on a developer's machine: a `.env` with fresh secrets and the demo logins. DATABASE_URL,
 * REDIS_URL, SMTP_URL and the Stripe keys stay unset on purpose, so `npm start` runs its local stand-ins.
 * Never overwrites an existing file; never in production (secrets there are the operator's).
 */
export function writeLocalEnvFileIfMissing(env: Environment): boolean {
  const path = envFileName();
  if (!path || existsSync(path) || env.NODE_ENV === 'production') return false;
  const lines = [
    '# Written by the first `npm start` on this machine. Edit freely; see .env.example for every variable.',
    '# DATABASE_URL, REDIS_URL, SMTP_URL and STRIPE_SECRET_KEY are left unset on purpose: `npm start` then runs an',
    '# embedded PostgreSQL (data in .guichet/postgres), a local Redis, the mail outbox and the payments sandbox.',
    '# Set them to use real services instead.',
    'RUN_MIGRATIONS=true',
    'PORT=3000',
    'PUBLIC_URL=http://localhost:3000',
    `JWT_SECRET=${secret(48)}`,
    'MAIL_FROM="Guichet <noreply@guichet.local>"',
    'PLATFORM_FEE_PERCENT=10',
    'MOBILE_MONEY_OPERATORS="MTN Mobile Money:+237670000000,Orange Money:+237690000000"',
    'STORAGE_DIR=.guichet/storage',
    'ADMIN_EMAIL=admin@guichet.local',
    `ADMIN_PASSWORD=${secret(12)}`,
    '# The demo (seeded on the first start with an empty database; DEMO_DATA=false skips it).',
    `DEMO_ORGANIZER_EMAIL=${DEMO_LOGINS.organizer}`,
    `DEMO_ORGANIZER_PASSWORD=${secret(12)}`,
    `DEMO_CUSTOMER_EMAIL=${DEMO_LOGINS.customer}`,
    `DEMO_CUSTOMER_PASSWORD=${secret(12)}`,
    'LOG_LEVEL=info',
    '',
  ];
  writeFileSync(path, lines.join('\n'), { mode: 0o600 });
  return true;
}

/** Demo logins for a `.env` written before the demo existed: generated once and kept there. */
export function demoLoginsToKeep(current: Partial<DemoLogins>): DemoLogins {
  const wanted: DemoLogins = {
    DEMO_ORGANIZER_EMAIL: current.DEMO_ORGANIZER_EMAIL ?? DEMO_LOGINS.organizer,
    DEMO_ORGANIZER_PASSWORD: current.DEMO_ORGANIZER_PASSWORD ?? secret(12),
    DEMO_CUSTOMER_EMAIL: current.DEMO_CUSTOMER_EMAIL ?? DEMO_LOGINS.customer,
    DEMO_CUSTOMER_PASSWORD: current.DEMO_CUSTOMER_PASSWORD ?? secret(12),
  };
  const missing = Object.entries(wanted).filter(([name]) => !current[name as keyof DemoLogins]);
  const path = envFileName();
  if (missing.length > 0 && path) {
    appendFileSync(path, `\n# Demo logins (kept so that the demo accounts stay usable)\n${missing.map(([k, v]) => `${k}=${v}`).join('\n')}\n`, { mode: 0o600 });
  }
  return wanted;
}
