import type { AppConfig } from './app-config';

/** Values shipped in `.env.example`: fine to copy for a first try, never to run a production with. */
const PLACEHOLDERS = new Set(['sk_test_placeholder', 'whsec_placeholder']);
const isPlaceholder = (value: string | undefined) =>
  value !== undefined && (PLACEHOLDERS.has(value) || /^change-me/i.test(value) || value.startsWith('sk_test_sandbox_'));

const SECRETS = [
  'JWT_SECRET',
  'ADMIN_PASSWORD',
  'TICKET_SIGNING_SECRET',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_CONNECT_WEBHOOK_SECRET',
] as const satisfies readonly (keyof AppConfig)[];

/**
 * What production refuses on top of the per-variable checks: the local conveniences of `npm start`
 * (payments sandbox, mail outbox) and the placeholder secrets of `.env.example`. Empty outside production.
 */
export function productionProblems(config: AppConfig): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (config.PAYMENTS_SANDBOX) problems.push('PAYMENTS_SANDBOX is refused in production: the payments sandbox is for local trials only');
  if (!config.STRIPE_SECRET_KEY) problems.push('STRIPE_SECRET_KEY is missing: production takes card payments through Stripe, never the sandbox');
  if (!config.STRIPE_WEBHOOK_SECRET) problems.push('STRIPE_WEBHOOK_SECRET is missing: production verifies every Stripe event');
  if (config.STRIPE_API_URL) problems.push('STRIPE_API_URL is refused in production: it points the Stripe client away from api.stripe.com');
  if (!config.SMTP_URL) problems.push('SMTP_URL is missing: production sends mail, the local outbox is for trials only');
  for (const name of SECRETS) {
    if (isPlaceholder(config[name])) problems.push(`${name} still holds a placeholder (from .env.example or the sandbox): set a real secret`);
  }
  return problems;
}
