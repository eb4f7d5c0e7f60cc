import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '@werkmatch/identity/domain';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { AccessTokenService } from './access-token.service';
import { SessionService } from './session.service';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by authentication when a valid access token came with the request; authorization decides on it. */
    principal?: Principal;
  }
}

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Authentication for every HTTP request: a valid `Authorization: Bearer` access token of a live session becomes
 * `request.principal`. Anything else (no token, expired, forged, revoked) leaves the request anonymous, so
 * public operations still work and operations that need a login answer UNAUTHENTICATED, never 500.
 */
@Injectable()
export class AuthenticationHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    if (!fastify.hasRequestDecorator('principal')) fastify.decorateRequest('principal', undefined);
    fastify.addHook('onRequest', async (request: FastifyRequest) => {
      request.principal = await this.authenticate(request.headers.authorization);
    });
  }

  async authenticate(header: string | undefined): Promise<Principal | undefined> {
    if (!header) return undefined;
    const match = BEARER.exec(header);
    if (!match?.[1]) return undefined;
    const principal = await this.tokens.verify(match[1]);
    if (!principal) return undefined;
    try {
      if (await this.sessions.isRevoked(principal.sessionId)) return undefined;
    } catch (error) {
      // Fail closed: without the revocation list we cannot tell a logged-out session from a live one.
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'revoked-session check failed; treating the request as anonymous',
      );
      return undefined;
    }
    return principal;
  }
}
