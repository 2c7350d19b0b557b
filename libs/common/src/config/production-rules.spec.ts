import { loadConfig } from './load-config';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://guichet:pw@postgres:5432/guichet',
  REDIS_URL: 'redis://redis:6379',
  PUBLIC_URL: 'https://tickets.example.org',
  JWT_SECRET: 'k3Vx9'.repeat(10),
  SMTP_URL: 'smtp://relay.example.org:587',
  MAIL_FROM: 'Guichet <noreply@example.org>',
  STORAGE_DIR: '/data/storage',
  STRIPE_SECRET_KEY: 'sk_live_51Habc',
  STRIPE_WEBHOOK_SECRET: 'whsec_9f8e7d',
};

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
};

describe('production refusals', () => {
  it('starts with real secrets', () => {
    expect(problemsOf(production)).toEqual([]);
  });

  it('refuses the payments sandbox and a missing Stripe key', () => {
    const problems = problemsOf({ ...production, PAYMENTS_SANDBOX: 'true', STRIPE_SECRET_KEY: undefined, STRIPE_API_URL: 'http://127.0.0.1:4010' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PAYMENTS_SANDBOX is refused in production/),
        expect.stringMatching(/^STRIPE_SECRET_KEY is missing/),
        expect.stringMatching(/^STRIPE_API_URL is refused in production/),
      ]),
    );
  });

  it('refuses the placeholder secrets of .env.example without echoing them', () => {
    const problems = problemsOf({
      ...production,
      JWT_SECRET: 'change-me-to-at-least-32-random-characters',
      ADMIN_PASSWORD: 'change-me-please',
      STRIPE_SECRET_KEY: 'sk_test_placeholder',
      STRIPE_WEBHOOK_SECRET: 'whsec_placeholder',
    });
    expect(
      problems
        .filter((p) => /placeholder/.test(p))
        .map((p) => p.split(' ')[0])
        .sort(),
    ).toEqual(['ADMIN_PASSWORD', 'JWT_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']);
    expect(problems.join('\n')).not.toMatch(/change-me-please|sk_test_placeholder/);
  });

  it('needs SMTP_URL in production only', () => {
    expect(problemsOf({ ...production, SMTP_URL: undefined })).toEqual([expect.stringMatching(/^SMTP_URL is missing/)]);
    expect(problemsOf({ ...production, NODE_ENV: 'development', SMTP_URL: undefined, STRIPE_SECRET_KEY: undefined })).toEqual([]);
  });
});
