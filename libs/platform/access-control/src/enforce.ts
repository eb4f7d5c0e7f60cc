import type { Principal } from '@werkmatch/identity/domain';
import { ForbiddenError, UnauthenticatedError } from '@werkmatch/shared/errors';
import { AccessPolicy } from './policy';

/** The role part of a policy; throws UNAUTHENTICATED without a principal, FORBIDDEN for a role not granted. */
export function enforceRole(
  policy: AccessPolicy,
  principal: Principal | undefined,
  what: string,
): void {
  if (policy.isPublic) return;
  if (!principal) throw new UnauthenticatedError();
  if (!policy.decide(principal.role).allowed) {
    throw new ForbiddenError(`${principal.role} may not use ${what}`);
  }
}
