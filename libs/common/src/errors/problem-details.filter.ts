import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError } from './domain-error';
import { RETRY_AFTER_SECONDS } from '../redis/redis-deadline';
import { Problem, problemFor } from './problem';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

/** Framework-level errors (Fastify's body parser, limits) carry a statusCode of their own. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const candidate = (error as { statusCode?: unknown })?.statusCode;
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : undefined;
}

/** The parser's words for a broken multipart body (no boundary, truncated parts): the client's fault, not ours. */
const BROKEN_MULTIPART =
  /^(Multipart: Boundary not found|Unexpected end of (form|multipart data)|\w+ terminated early due to unexpected end of multipart data|Malformed part header)/;

function isBrokenMultipart(error: unknown): boolean {
  return error instanceof Error && statusOf(error) === undefined && BROKEN_MULTIPART.test(error.message);
}

/** ioredis giving up (retries exhausted, connection closed): Redis is down, which is worth a retry, not a 500. */
function isRedisDown(error: unknown): boolean {
  const name = (error as Error)?.name;
  const message = (error as Error)?.message ?? '';
  return name === 'MaxRetriesPerRequestError' || message === 'Connection is closed.' || message.startsWith("Stream isn't writeable");
}

/** Seconds a client should wait: from a 503 or 429 that says so, or a Redis that is down. */
function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof DomainError && error.retryAfterSeconds !== undefined) return error.retryAfterSeconds;
  return isRedisDown(error) ? RETRY_AFTER_SECONDS : undefined;
}

function httpExceptionDetail(error: HttpException): string | undefined {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/** Turns every error into application/problem+json (RFC 9457); never a stack trace to the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const reply = host.switchToHttp().getResponse<ReplyLike>();
    const problem = this.toProblem(error);
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof DomainError) {
      return problemFor(error.status, error.detail, error.code, error.title, error.errors);
    }
    if (isRedisDown(error)) {
      this.logger.warn({ err: error }, 'Redis unavailable');
      return problemFor(503, 'A dependency is unavailable, try again shortly.', 'unavailable');
    }
    if (isBrokenMultipart(error)) {
      return problemFor(400, 'The multipart body is malformed or truncated.', 'malformed-multipart', 'Malformed multipart body');
    }
    const status = statusOf(error);
    if (status !== undefined && status < 500) {
      const detail = error instanceof HttpException ? httpExceptionDetail(error) : (error as Error).message;
      return problemFor(status, detail);
    }
    this.logger.error({ err: error }, 'Unhandled error');
    return problemFor(status ?? 500, status === 503 ? 'A dependency is unavailable, try again shortly.' : undefined);
  }
}
