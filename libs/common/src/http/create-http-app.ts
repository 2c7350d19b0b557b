import helmet from '@fastify/helmet';
import { DynamicModule, RequestMethod, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { requestId } from '../logging/logging.module';
import { serveOpenApi } from './openapi';
import { validationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/** JSON bodies above this are refused (413) before parsing; fields have their own, smaller limits. */
const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/** Builds the Fastify-based HTTP app with the platform's cross-cutting behaviour. */
export async function createHttpApp(rootModule: Type<unknown> | DynamicModule, config: AppConfig) {
  const adapter = new FastifyAdapter({ bodyLimit: JSON_BODY_LIMIT, trustProxy: true, genReqId: requestId });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  app.enableCors({
    origin: [config.PUBLIC_URL, config.CONSOLE_URL].filter((origin): origin is string => Boolean(origin)),
    credentials: true,
  });
  serveOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
