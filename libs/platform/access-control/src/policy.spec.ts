import { Role } from '@werkmatch/identity/domain';
import type { Principal } from '@werkmatch/identity/domain';
import { ErrorCode } from '@werkmatch/shared/errors';
import { AccessPolicy, Allow } from './policy';
import { enforceRole } from './enforce';
import { enforceRelation } from './relations';

const principal = (role: Role, extra: Partial<Principal> = {}): Principal => ({
  userId: 'u1',
  role,
  sessionId: 's1',
  ...extra,
});

async function codeOf(work: () => unknown): Promise<unknown> {
  try {
    await work();
    return 'allowed';
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
}

describe('AccessPolicy', () => {
  const members = Allow.roles(Role.EMPLOYER)
    .where('organisation')
    .or(Allow.roles(Role.ACCOUNT_MANAGER).where('region'))
    .or(Allow.roles(Role.ADMIN));

  it('grants a role without relation unrestricted access and a relational one only with its relation', () => {
    expect(members.decide(Role.ADMIN)).toEqual({ allowed: true, unrestricted: true });
    expect(members.decide(Role.EMPLOYER)).toEqual({
      allowed: true,
      relation: 'organisation',
      unrestricted: false,
    });
    expect(members.decide(Role.COACH)).toEqual({ allowed: false });
    expect(members.decide(undefined)).toEqual({ allowed: false });
  });

  it('survives the round trip through its schema descriptor', () => {
    const copy = AccessPolicy.fromDescriptor(JSON.parse(JSON.stringify(members.describe())));
    expect(copy.toString()).toBe('EMPLOYER (organisation), ACCOUNT_MANAGER (region), ADMIN');
    expect(copy.decide(Role.ACCOUNT_MANAGER)).toEqual(members.decide(Role.ACCOUNT_MANAGER));
  });

  it('refuses a relation on a public policy', () => {
    expect(() => Allow.anyone().where('ownership')).toThrow('public');
  });

  it('answers UNAUTHENTICATED without a principal and FORBIDDEN for a role not named', async () => {
    expect(await codeOf(() => enforceRole(Allow.roles(Role.ADMIN), undefined, 'x'))).toBe(
      ErrorCode.Unauthenticated,
    );
    expect(
      await codeOf(() => enforceRole(Allow.roles(Role.ADMIN), principal(Role.COACH), 'x')),
    ).toBe(ErrorCode.Forbidden);
    expect(await codeOf(() => enforceRole(Allow.anyone(), undefined, 'x'))).toBe('allowed');
  });

  it('enforces the relation of the caller’s role with the facts the service loaded', async () => {
    const employer = principal(Role.EMPLOYER, { organisationId: 'org-a' });
    expect(
      await codeOf(() => enforceRelation(members, employer, { organisationId: 'org-a' })),
    ).toBe('allowed');
    expect(
      await codeOf(() => enforceRelation(members, employer, { organisationId: 'org-b' })),
    ).toBe(ErrorCode.Forbidden);
    expect(await codeOf(() => enforceRelation(members, employer, {}))).toBe(ErrorCode.Forbidden);
    expect(await codeOf(() => enforceRelation(members, principal(Role.ADMIN), {}))).toBe('allowed');
  });

  it('asks whether a job seeker is in the caseload only when the policy needs it', async () => {
    const policy = Allow.roles(Role.COACH)
      .where('caseload')
      .or(Allow.roles(Role.JOB_SEEKER).where('ownership'));
    const inCaseload = jest.fn().mockResolvedValue(false);
    expect(
      await codeOf(() =>
        enforceRelation(policy, principal(Role.JOB_SEEKER), { ownerUserId: 'u1', inCaseload }),
      ),
    ).toBe('allowed');
    expect(inCaseload).not.toHaveBeenCalled();
    expect(
      await codeOf(() =>
        enforceRelation(policy, principal(Role.COACH), { ownerUserId: 'u2', inCaseload }),
      ),
    ).toBe(ErrorCode.Forbidden);
    expect(inCaseload).toHaveBeenCalledTimes(1);
  });
});
