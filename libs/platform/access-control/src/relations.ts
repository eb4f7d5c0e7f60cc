import type { Principal } from '@werkmatch/identity/domain';
import { ForbiddenError } from '@werkmatch/shared/errors';
import { AccessPolicy, Relation } from './policy';

/**
 * What the service knows about the data it loaded, for the relational part of a policy. Give what applies;
 * a relation the policy requires but the facts do not establish is refused.
 */
export interface RelationFacts {
  /** The person the data is about or who owns it (ownership). */
  ownerUserId?: string | null;
  /** The employer organisation the data belongs to (organisation). */
  organisationId?: string | null;
  /** The labour-market region the data belongs to (region). */
  regionId?: string | null;
  /** Whether the job seeker is in the calling coach's caseload; only asked when the policy needs it. */
  inCaseload?: () => boolean | Promise<boolean>;
}

async function holds(
  relation: Relation,
  principal: Principal,
  facts: RelationFacts,
): Promise<boolean> {
  switch (relation) {
    case 'ownership':
      return !!facts.ownerUserId && facts.ownerUserId === principal.userId;
    case 'organisation':
      return !!facts.organisationId && facts.organisationId === principal.organisationId;
    case 'region':
      return !!facts.regionId && facts.regionId === principal.regionId;
    case 'caseload':
      return facts.inCaseload ? await facts.inCaseload() : false;
  }
}

/**
 * The relational part of a policy, checked by the service once it has loaded the data: the same policy
 * constant the resolver declares with `@Policy`. A role with an unrestricted grant passes; a role with only
 * relational grants passes when one of them holds. Throws FORBIDDEN otherwise.
 */
export async function enforceRelation(
  policy: AccessPolicy,
  principal: Principal | undefined,
  facts: RelationFacts,
): Promise<void> {
  if (policy.isPublic) return;
  const decision = policy.decide(principal?.role);
  if (!principal || !decision.allowed) throw new ForbiddenError();
  if (decision.unrestricted) return;
  for (const relation of policy.relationsFor(principal.role)) {
    if (await holds(relation, principal, facts)) return;
  }
  throw new ForbiddenError(
    `this is outside your ${policy.relationsFor(principal.role).join(' or ')}`,
  );
}

export function assertSelf(principal: Principal, userId: string | null | undefined): void {
  if (!userId || principal.userId !== userId) throw new ForbiddenError('this is not your data');
}

export function assertSameOrganisation(
  principal: Principal,
  organisationId: string | null | undefined,
): void {
  if (!organisationId || principal.organisationId !== organisationId) {
    throw new ForbiddenError('this belongs to another organisation');
  }
}

export function assertSameRegion(principal: Principal, regionId: string | null | undefined): void {
  if (!regionId || principal.regionId !== regionId) {
    throw new ForbiddenError('this belongs to another region');
  }
}

export function assertInCaseload(inCaseload: boolean): void {
  if (!inCaseload) throw new ForbiddenError('this job seeker is not in your caseload');
}
