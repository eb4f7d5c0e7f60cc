import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { Principal, Role } from '@werkmatch/identity/domain';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';

const ISSUER = 'werkmatch';
const AUDIENCE = 'werkmatch-api';
const ROLES = new Set<string>(Object.values(Role));

export interface TokenSubject {
  id: string;
  role: Role;
  organisationId: string | null;
  regionId: string | null;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Short-lived HS256 JWT: sub, role, org, region, sid. Stateless; logout is enforced by the revoked-session list. */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.AUTH_TOKEN_SECRET);
  }

  async issue(user: TokenSubject, sessionId: string): Promise<IssuedAccessToken> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({
      role: user.role,
      ...(user.organisationId ? { org: user.organisationId } : {}),
      ...(user.regionId ? { region: user.regionId } : {}),
      sid: sessionId,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The principal of a valid token; null for anything else (expired, forged, malformed, another audience). */
  async verify(token: string): Promise<Principal | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTolerance: 5,
      });
      const { sub, role, org, region, sid } = payload;
      if (typeof sub !== 'string' || typeof sid !== 'string') return null;
      if (typeof role !== 'string' || !ROLES.has(role)) return null;
      return {
        userId: sub,
        role: role as Role,
        sessionId: sid,
        ...(typeof org === 'string' ? { organisationId: org } : {}),
        ...(typeof region === 'string' ? { regionId: region } : {}),
      };
    } catch {
      return null;
    }
  }
}
