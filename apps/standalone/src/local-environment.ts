import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { envFileName } from '@guichet/common';

/**
 * First start on a developer's machine: writes a `.env` for the local Postgres and Redis with fresh
 * secrets, so that `npm start` works from a clean clone. Never overwrites an existing file.
 */
export function writeLocalEnvFileIfMissing(): boolean {
  const path = envFileName();
  if (!path || existsSync(path)) return false;
  const lines = [
    '# Written by the first `npm start` for this machine. Edit freely; see .env.example.',
    'DATABASE_URL=postgres://postgres@127.0.0.1:5432/guichet',
    'REDIS_URL=redis://127.0.0.1:6379',
    'RUN_MIGRATIONS=true',
    'PORT=3000',
    'PUBLIC_URL=http://localhost:3000',
    `JWT_SECRET=${randomBytes(48).toString('base64url')}`,
    'SMTP_URL=smtp://127.0.0.1:1025',
    'MAIL_FROM="Guichet <noreply@guichet.local>"',
    'PLATFORM_FEE_PERCENT=10',
    'MOBILE_MONEY_OPERATORS="MTN Mobile Money:+237670000000,Orange Money:+237690000000"',
    'STORAGE_DIR=./storage',
    'ADMIN_EMAIL=admin@guichet.local',
    `ADMIN_PASSWORD=${randomBytes(12).toString('base64url')}`,
    'LOG_LEVEL=info',
    '',
  ];
  writeFileSync(path, lines.join('\n'), { mode: 0o600 });
  return true;
}
