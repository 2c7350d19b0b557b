import { ConfigError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/guichet',
  REDIS_URL: 'redis://127.0.0.1:6379',
  PUBLIC_URL: 'http://localhost:3000',
  JWT_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://127.0.0.1:1025',
  MAIL_FROM: 'Guichet <noreply@guichet.test>',
  STORAGE_DIR: './storage',
};

describe('loadConfig', () => {
  it('fills defaults and converts numbers', () => {
    const config = loadConfig({ ...valid, PORT: '8080' });
    expect(config.PORT).toBe(8080);
    expect(config.PLATFORM_FEE_PERCENT).toBe(10);
    expect(config.RUN_MIGRATIONS).toBe(false);
  });

  it('names every missing variable', () => {
    const { DATABASE_URL: _db, JWT_SECRET: _jwt, ...rest } = valid;
    expect(() => loadConfig(rest)).toThrow(ConfigError);
    try {
      loadConfig(rest);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(expect.arrayContaining(['DATABASE_URL is missing', 'JWT_SECRET is missing']));
    }
  });

  it('names a malformed variable without echoing secrets', () => {
    expect(() => loadConfig({ ...valid, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET is invalid: JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT is invalid/);
    expect(() => loadConfig({ ...valid, MOBILE_MONEY_OPERATORS: 'MTN' })).toThrow(/MOBILE_MONEY_OPERATORS is invalid/);
  });

  it('takes TRUST_PROXY as a hop count or a list of addresses, nothing else', () => {
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8,127.0.0.1');
    expect(() => loadConfig({ ...valid, TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY is invalid/);
  });

  it('treats RUN_MIGRATIONS=true as a boolean', () => {
    expect(loadConfig({ ...valid, RUN_MIGRATIONS: 'true' }).RUN_MIGRATIONS).toBe(true);
  });
});
