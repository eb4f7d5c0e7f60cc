import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import {
  QUEUE_DASHBOARD_COOKIE,
  QUEUE_DASHBOARD_LOGIN_PATH,
  QUEUE_DASHBOARD_PATH,
  QueueDashboardAccess,
} from './queue-dashboard-access';

const REFUSED: Record<401 | 403, string> = {
  401: 'Log in as an administrator and open the dashboard through the queueDashboardLink mutation.',
  403: 'The queue dashboard is for administrators only.',
};

/** The value of one cookie of a Cookie header (the API has no cookie plugin: this is the only cookie it reads). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name)
      return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/**
 * bull-board on the API under /admin/queues (issue 6, item 6): every queue of `QueueRegistry.allQueues()` with
 * its counts, jobs by state, failed jobs with their reasons and stack traces, and the progress jobs report (the
 * full recomputation's). Read-only: retrying, cleaning or adding jobs by hand would bypass the job contracts and
 * their validation; a failed computation is repaired by `recomputeMatches`. Who may open it: see
 * `QueueDashboardAccess`.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: QueueDashboardAccess,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const board = new FastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues
        .allQueues()
        .map((queue) => new BullMQAdapter(queue, { readOnlyMode: true, allowRetries: false })),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Werkmatch queues' } },
    });

    fastify.get(QUEUE_DASHBOARD_LOGIN_PATH, (request, reply) => this.login(request, reply));
    // An encapsulated scope: the check below runs for the dashboard's routes and for nothing else of the API.
    void fastify.register(
      async (scope) => {
        scope.addHook('onRequest', async (request, reply) => {
          const decision = await this.access.check(
            request.principal,
            cookieValue(request.headers.cookie, QUEUE_DASHBOARD_COOKIE),
          );
          if (!decision.allowed)
            await reply
              .code(decision.status)
              .header('cache-control', 'no-store')
              .type('text/plain; charset=utf-8')
              .send(REFUSED[decision.status]);
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_DASHBOARD_PATH },
    );
  }

  /** Exchanges a link token for the dashboard cookie and goes on to the dashboard. */
  private async login(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = (request.query as { token?: unknown }).token;
    const session = typeof token === 'string' ? await this.access.redeemLink(token) : null;
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (!session) {
      this.logger.warn({ ip: request.ip }, 'queue dashboard link refused');
      await reply.code(401).type('text/plain; charset=utf-8').send(REFUSED[401]);
      return;
    }
    const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
    // Secure whenever the API is not plain HTTP on a development machine; the link came over the same scheme.
    const secure = request.protocol === 'https' || this.config.NODE_ENV === 'production';
    reply.header(
      'set-cookie',
      `${QUEUE_DASHBOARD_COOKIE}=${encodeURIComponent(session.accessToken)}; Path=${QUEUE_DASHBOARD_PATH}; ` +
        `Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
    );
    await reply.redirect(`${QUEUE_DASHBOARD_PATH}/`, 303);
  }
}
