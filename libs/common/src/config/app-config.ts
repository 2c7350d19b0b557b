import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') && ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/**
 * Every setting of the platform, read once from the environment at start.
 * Property names are the environment variable names so that error messages name them.
 */
export class AppConfig {
  /** `production` turns every local convenience off (embedded database, payments sandbox, mail outbox, demo data). */
  @IsIn(NODE_ENVS)
  @IsOptional()
  NODE_ENV: NodeEnv = 'development';

  /** Local state of `npm start`: embedded database, mail outbox, payments sandbox. Git-ignored. */
  @IsString()
  @MinLength(1)
  @IsOptional()
  DATA_DIR = '.guichet';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  @IsOptional()
  DATABASE_POOL_SIZE = 8;

  @Transform(toBoolean)
  @IsOptional()
  RUN_MIGRATIONS = false;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  /** Namespaces every Redis key (queues, throttling) so that several deployments or test runs share one Redis. */
  @Matches(/^[a-zA-Z0-9_:-]{1,64}$/)
  @IsOptional()
  REDIS_PREFIX = 'guichet';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  @IsOptional()
  PORT = 3000;

  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @IsOptional()
  CONSOLE_URL?: string;

  /**
   * Which proxies may tell the client's address (X-Forwarded-For): their addresses or CIDRs, comma-separated,
   * or a hop count. Unset: none, so nobody can pose as another IP to dodge the login throttle.
   */
  @Matches(/^(\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, { message: 'TRUST_PROXY must be a hop count or addresses/CIDRs separated by commas' })
  @IsOptional()
  TRUST_PROXY?: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  @IsOptional()
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(3600)
  @IsOptional()
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** Unset outside production: mail is kept in the local outbox (DATA_DIR/outbox) instead of being sent. */
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  @IsOptional()
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM: string;

  @IsString()
  @IsOptional()
  STRIPE_SECRET_KEY?: string;

  @IsString()
  @IsOptional()
  STRIPE_WEBHOOK_SECRET?: string;

  /** Stripe signs events of connected accounts (account.updated) with the Connect endpoint's own secret. */
  @IsString()
  @IsOptional()
  STRIPE_CONNECT_WEBHOOK_SECRET?: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @IsOptional()
  STRIPE_API_URL?: string;

  /** Set by `npm start` when it runs the local payments sandbox in place of Stripe; refused in production. */
  @Transform(toBoolean)
  @IsOptional()
  PAYMENTS_SANDBOX = false;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(50)
  @IsOptional()
  PLATFORM_FEE_PERCENT = 10;

  /** How long an unpaid order holds its seats. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  @IsOptional()
  SEAT_HOLD_MINUTES = 15;

  /** How often lapsed holds are released and paid orders reconciled. */
  @Type(() => Number)
  @IsInt()
  @Min(200)
  @IsOptional()
  SWEEP_INTERVAL_MS = 30_000;

  /** Seeds the per-club Ed25519 keys that sign ticket codes; derived from JWT_SECRET when unset. */
  @IsString()
  @MinLength(32, { message: 'TICKET_SIGNING_SECRET must be at least 32 characters' })
  @IsOptional()
  TICKET_SIGNING_SECRET?: string;

  @IsString()
  @IsOptional()
  TELEGRAM_BOT_TOKEN?: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @IsOptional()
  TELEGRAM_API_ROOT?: string;

  /** The bot's @username (without @): the web account page then opens the bot with the link code in one tap. */
  @Matches(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, { message: 'TELEGRAM_BOT_USERNAME must be the bot username without @ (5 to 32 letters, digits or _)' })
  @IsOptional()
  TELEGRAM_BOT_USERNAME?: string;

  @Matches(/^-?\d+$/, { message: 'TELEGRAM_ADMIN_CHAT_ID must be a numeric chat id' })
  @IsOptional()
  TELEGRAM_ADMIN_CHAT_ID?: string;

  /** The language of what the bot posts in the admin chat (proofs, decisions); each admin's own answers follow /language. */
  @Matches(/^(fr|en)$/, { message: 'TELEGRAM_ADMIN_LANGUAGE must be fr or en' })
  @IsOptional()
  TELEGRAM_ADMIN_LANGUAGE: 'fr' | 'en' = 'fr';

  /** Webhook mode (production): Telegram posts updates to this public https URL. Long polling when unset. */
  @IsUrl({ require_tld: false, require_protocol: true })
  @IsOptional()
  TELEGRAM_WEBHOOK_URL?: string;

  /** Telegram echoes it in X-Telegram-Bot-Api-Secret-Token; updates without it are refused. Required with the URL. */
  @ValidateIf((config: AppConfig) => config.TELEGRAM_WEBHOOK_URL !== undefined)
  @Matches(/^[A-Za-z0-9_-]{16,256}$/, { message: 'TELEGRAM_WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or -' })
  TELEGRAM_WEBHOOK_SECRET?: string;

  /** Where the bot process listens for the webhook (behind the TLS proxy that TELEGRAM_WEBHOOK_URL points to). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  @IsOptional()
  TELEGRAM_WEBHOOK_PORT = 8443;

  /** `Name:number` pairs separated by commas, e.g. `MTN Mobile Money:+237670000000,Orange Money:+237690000000`. */
  @Matches(/^[^:,]+:\+?[0-9 ]{6,20}(,[^:,]+:\+?[0-9 ]{6,20})*$/, {
    message: 'MOBILE_MONEY_OPERATORS must look like "MTN Mobile Money:+237670000000,Orange Money:+237690000000"',
  })
  @IsOptional()
  MOBILE_MONEY_OPERATORS?: string;

  @IsString()
  @MinLength(1)
  STORAGE_DIR: string;

  @IsEmail()
  @IsOptional()
  ADMIN_EMAIL?: string;

  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  @IsOptional()
  ADMIN_PASSWORD?: string;

  /** Seed the demo club, matches, films and series on the first local start with an empty database. */
  @Transform(toBoolean)
  @IsOptional()
  DEMO_DATA = true;

  @IsEmail()
  @IsOptional()
  DEMO_ORGANIZER_EMAIL?: string;

  @IsString()
  @MinLength(12)
  @IsOptional()
  DEMO_ORGANIZER_PASSWORD?: string;

  @IsEmail()
  @IsOptional()
  DEMO_CUSTOMER_EMAIL?: string;

  @IsString()
  @MinLength(12)
  @IsOptional()
  DEMO_CUSTOMER_PASSWORD?: string;

  @IsIn(LOG_LEVELS)
  @IsOptional()
  LOG_LEVEL: LogLevel = 'info';

  /** Base delay of the exponential retry backoff of queued jobs. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @IsOptional()
  QUEUE_BACKOFF_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  @IsOptional()
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  @IsOptional()
  LOGIN_MAX_FAILURES_PER_IP = 30;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @IsOptional()
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;
}
