import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Role } from '@werkmatch/identity/domain';
import type { Principal } from '@werkmatch/identity/domain';
import { ErrorCode } from '@werkmatch/shared/errors';
import { AccessGuard } from './access.guard';
import { Allow } from './policy';
import { Policy } from './policy.decorator';

class Resolver {
  @Policy(Allow.roles(Role.ADMIN))
  adminOnly(): string {
    return 'admin';
  }

  forgotten(): string {
    return 'forgotten';
  }
}

function context(
  method: keyof Resolver,
  principal?: Principal,
  type = 'graphql',
): ExecutionContextHost {
  const handler = Resolver.prototype[method] as (...args: unknown[]) => unknown;
  const host = new ExecutionContextHost(
    [{}, {}, { req: { principal, headers: {} } }, {}],
    Resolver,
    handler,
  );
  host.setType(type);
  return host;
}

function codeOf(work: () => unknown): unknown {
  try {
    work();
    return 'allowed';
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
}

describe('AccessGuard', () => {
  const guard = new AccessGuard();
  const admin: Principal = { userId: 'a', role: Role.ADMIN, sessionId: 's' };

  it('refuses a resolver without a declared policy, even to an administrator (default deny)', () => {
    expect(codeOf(() => guard.canActivate(context('forgotten', admin)))).toBe(ErrorCode.Forbidden);
  });

  it('lets a role the policy names through and refuses others', () => {
    expect(codeOf(() => guard.canActivate(context('adminOnly', admin)))).toBe('allowed');
    const coach: Principal = { userId: 'c', role: Role.COACH, sessionId: 's' };
    expect(codeOf(() => guard.canActivate(context('adminOnly', coach)))).toBe(ErrorCode.Forbidden);
    expect(codeOf(() => guard.canActivate(context('adminOnly')))).toBe(ErrorCode.Unauthenticated);
  });

  it('leaves plain HTTP routes such as health checks to their controllers', () => {
    expect(codeOf(() => guard.canActivate(context('forgotten', undefined, 'http')))).toBe(
      'allowed',
    );
  });
});
