import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { jwtVerify, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { UserEntity } from '@werkmatch/identity/data-access';
import { type Principal, Role } from '@werkmatch/identity/domain';
import { AccessTokenService, SessionService } from '@werkmatch/identity/feature-api';
import { REDIS_CLIENT } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';

/** Where the dashboard lives on the API. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** The route a dashboard link opens: it turns the link into the dashboard cookie. */
export const QUEUE_DASHBOARD_LOGIN_PATH = `${QUEUE_DASHBOARD_PATH}/login`;
export const QUEUE_DASHBOARD_COOKIE = 'werkmatch_queue_dashboard';
/**
 * The audience of a link token. Different from the access tokens' (`werkmatch-api`), so a link is never accepted
 * as an access token and an access token never as a link.
 */
export const QUEUE_DASHBOARD_LINK_AUDIENCE = 'werkmatch-queue-dashboard-link';
const ISSUER = 'werkmatch';
/** A link is for opening the dashboard now, from the page that asked for it; a minute is plenty. */
export const QUEUE_DASHBOARD_LINK_TTL_SECONDS = 60;
const USED_LINK_KEY = 'queue-dashboard-link-used:';

export interface QueueDashboardLinkToken {
  token: string;
  expiresAt: Date;
}

export interface DashboardSession {
  accessToken: string;
  expiresAt: Date;
}

export type DashboardAccess =
  { allowed: true; principal: Principal } | { allowed: false; status: 401 | 403 };

/**
 * Who may see the queue dashboard. A browser cannot send a bearer header when it opens a page, so an
 * administrator asks the API for a link (`queueDashboardLink`): a signed token valid for a minute and usable
 * once, which the dashboard's login route exchanges for an access token of the same session in an HttpOnly,
 * SameSite=Strict cookie limited to the dashboard's path. Every dashboard request is then checked the way
 * every API request is: the identity library's `AccessTokenService` verifies the token, the session must not
 * be revoked (logging out closes the dashboard too), and the role must be ADMIN. A bearer access token works as
 * well, for scripts.
 */
@Injectable()
export class QueueDashboardAccess {
  private readonly key: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionService,
  ) {
    this.key = new TextEncoder().encode(config.AUTH_TOKEN_SECRET);
  }

  /** A one-time link token for this administrator's session. */
  async issueLink(principal: Principal): Promise<QueueDashboardLinkToken> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + QUEUE_DASHBOARD_LINK_TTL_SECONDS;
    const token = await new SignJWT({ sid: principal.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.userId)
      .setIssuer(ISSUER)
      .setAudience(QUEUE_DASHBOARD_LINK_AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * The dashboard session for a link token, or null when the link is forged, expired, already used, its session
   * ended, or its user is no longer an active administrator.
   */
  async redeemLink(token: string): Promise<DashboardSession | null> {
    let claims: { sub?: string; sid?: unknown; jti?: string; exp?: number };
    try {
      ({ payload: claims } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: QUEUE_DASHBOARD_LINK_AUDIENCE,
        clockTolerance: 5,
      }));
    } catch {
      return null;
    }
    const { sub, sid, jti, exp } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !jti || !exp) return null;
    // Used once: a link that leaked (a proxy log, browser history) opens nothing afterwards.
    const first = await this.redis.set(
      `${USED_LINK_KEY}${jti}`,
      '1',
      'EX',
      QUEUE_DASHBOARD_LINK_TTL_SECONDS + 10,
      'NX',
    );
    if (first !== 'OK') return null;
    if (await this.revoked(sid)) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: sub });
    if (!user || user.role !== Role.ADMIN || user.deactivatedAt || user.erasedAt) return null;
    const issued = await this.accessTokens.issue(
      { id: user.id, role: user.role, organisationId: null, regionId: null },
      sid,
    );
    return { accessToken: issued.token, expiresAt: issued.expiresAt };
  }

  /**
   * Whether a dashboard request may pass: `bearer` is the principal authentication found in an Authorization
   * header, `cookie` the dashboard cookie's value. 401 without a valid login, 403 for a login of another role.
   */
  async check(bearer: Principal | undefined, cookie: string | undefined): Promise<DashboardAccess> {
    let principal = bearer;
    if (!principal && cookie) {
      const verified = await this.accessTokens.verify(cookie);
      if (verified && !(await this.revoked(verified.sessionId))) principal = verified;
    }
    if (!principal) return { allowed: false, status: 401 };
    if (principal.role !== Role.ADMIN) return { allowed: false, status: 403 };
    return { allowed: true, principal };
  }

  /** Fails closed, as authentication does: without the revocation list a logged-out session looks live. */
  private async revoked(sessionId: string): Promise<boolean> {
    try {
      return await this.sessions.isRevoked(sessionId);
    } catch {
      return true;
    }
  }
}
