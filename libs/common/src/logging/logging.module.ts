import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { REDACTED, redactQuery, redactUrl } from './redact-url';

const REQUEST_ID = /^[a-zA-Z0-9-]{8,64}$/;
const UNLOGGED_PATHS = ['/health', '/api/v1/access/scan'];

/**
 * Keeps a caller's (or proxy's) request id when it looks sane, so one id follows a request across services.
 * Fastify assigns it; pino-http reuses `req.id` for every log line of the request.
 */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

interface LoggedRequest {
  url?: string;
  query?: unknown;
  params?: Record<string, unknown>;
}

/** The request as logged: tokens in the path or the query (download links, reset links) never reach the log. */
function redactRequest(req: LoggedRequest): LoggedRequest {
  const params = req.params && 'token' in req.params ? { ...req.params, token: REDACTED } : req.params;
  return { ...req, url: redactUrl(req.url), query: redactQuery(req.query), params };
}

/** pino-http's options: JSON logs with a request id; credentials, gate keys and tokens in URLs are redacted. */
export function httpLogOptions(config: Pick<AppConfig, 'LOG_LEVEL'>) {
  return {
    level: config.LOG_LEVEL,
    // Health probes are noise; every scan is already written to the scan log table, and at the gate's rate a
    // line per scan costs more than the scan itself.
    autoLogging: { ignore: (req: IncomingMessage) => UNLOGGED_PATHS.some((path) => (req.url ?? '').startsWith(path)) },
    serializers: { req: redactRequest },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-gate-key"]',
        'req.headers["stripe-signature"]',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: REDACTED,
    },
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        // Not even a request logger for the gate's scan: never logged (above), and building one per request
        // (serializers, redaction) cost 5 % of a scan's CPU.
        exclude: [{ path: 'access/scan', method: RequestMethod.POST }],
        pinoHttp: httpLogOptions(config),
      }),
    }),
  ],
})
export class LoggingModule {}
