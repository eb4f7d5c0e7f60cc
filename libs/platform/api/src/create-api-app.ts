import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@werkmatch/shared/config';
import { AppLogger, NestPinoLogger, runWithLogContext } from '@werkmatch/shared/logging';
import { ApiModule, ApiModuleOptions } from './api.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function createApiApp(options: ApiModuleOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // A caller's request id is kept when it looks like one, so a trace can follow a request across services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    bodyLimit: 1_048_576,
    // Login limits per IP key on request.ip: only the configured proxy hops may set it through X-Forwarded-For.
    trustProxy: options.config.TRUST_PROXY_HOPS > 0 ? options.config.TRUST_PROXY_HOPS : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(options),
    adapter,
    {
      logger: new NestPinoLogger(options.logger),
      bufferLogs: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    runWithLogContext({ requestId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.url !== '/healthz' && request.url !== '/readyz') {
      options.logger.info(
        {
          method: request.method,
          // One-time link tokens (the queue dashboard's) stay out of the logs, used or not.
          url: request.url.replace(/([?&]token=)[^&]+/g, '$1[redacted]'),
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      );
    }
    done();
  });
  return app;
}

/** Starts listening; a taken port is reported by name and number instead of a bare EADDRINUSE. */
export async function listen(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: AppLogger,
): Promise<string> {
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(
        `PORT ${config.PORT} on ${config.HOST} is already in use; stop what uses it or set PORT to another port`,
      );
    }
    throw error;
  }
  const url = await app.getUrl();
  logger.info({ url: `${url}/graphql` }, 'api listening');
  return url.replace('[::1]', 'localhost');
}
