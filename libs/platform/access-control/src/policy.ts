import { Role } from '@werkmatch/identity/domain';

/**
 * The relation a caller must have with the data an operation touches, on top of the role. The guard only knows
 * the role; the service loads the row and checks the relation with `enforceRelation` (or an `assert*` helper).
 * - ownership: the caller is the person the data is about (or created it)
 * - caseload: the job seeker is in the calling coach's caseload
 * - region: the data belongs to the labour-market region of the calling account manager
 * - organisation: the data belongs to the calling employer's organisation
 */
export type Relation = 'ownership' | 'caseload' | 'region' | 'organisation';

export const RELATIONS: readonly Relation[] = ['ownership', 'caseload', 'region', 'organisation'];
export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** One line of a policy: these roles, optionally only for related data. */
export interface Grant {
  roles: readonly Role[];
  where?: Relation;
}

/** The machine-readable form, published on the schema field as `extensions.policy`. */
export interface PolicyDescriptor {
  public: boolean;
  grants: Grant[];
}

/** What a policy says about one role. */
export type RoleDecision =
  { allowed: false } | { allowed: true; relation?: Relation; unrestricted: boolean };

/**
 * An access policy: anyone (public), or a union of grants. Immutable; build it with `Allow`.
 * `Allow.roles(Role.COACH).where('caseload').or(Allow.roles(Role.ADMIN))`.
 */
export class AccessPolicy {
  private readonly byRole: ReadonlyMap<Role, Grant[]>;

  constructor(
    readonly isPublic: boolean,
    readonly grants: readonly Grant[],
  ) {
    const byRole = new Map<Role, Grant[]>();
    for (const grant of grants) {
      for (const role of grant.roles) byRole.set(role, [...(byRole.get(role) ?? []), grant]);
    }
    this.byRole = byRole;
  }

  /** Narrows the grants of this policy (those without a relation yet) to related data. */
  where(relation: Relation): AccessPolicy {
    if (this.isPublic) throw new Error('a public policy cannot require a relation');
    const last = this.grants[this.grants.length - 1];
    if (!last || last.where)
      throw new Error('where() follows Allow.roles(...) or Allow.authenticated()');
    return new AccessPolicy(false, [
      ...this.grants.slice(0, -1),
      { roles: last.roles, where: relation },
    ]);
  }

  or(other: AccessPolicy): AccessPolicy {
    if (this.isPublic || other.isPublic) return Allow.anyone();
    return new AccessPolicy(false, [...this.grants, ...other.grants]);
  }

  /** Whether the role may call at all, and under which relation. An unrestricted grant wins over a relational one. */
  decide(role: Role | undefined): RoleDecision {
    if (this.isPublic) return { allowed: true, unrestricted: true };
    if (!role) return { allowed: false };
    const grants = this.byRole.get(role);
    if (!grants) return { allowed: false };
    if (grants.some((grant) => !grant.where)) return { allowed: true, unrestricted: true };
    return { allowed: true, relation: grants[0]?.where, unrestricted: false };
  }

  /** Every relation under which the role may act (several grants may name the same role). */
  relationsFor(role: Role): Relation[] {
    return (this.byRole.get(role) ?? []).flatMap((grant) => (grant.where ? [grant.where] : []));
  }

  describe(): PolicyDescriptor {
    return {
      public: this.isPublic,
      grants: this.grants.map((grant) => ({
        roles: [...grant.roles],
        ...(grant.where ? { where: grant.where } : {}),
      })),
    };
  }

  /** A short human form for error messages and the README: `COACH (caseload), ADMIN`. */
  toString(): string {
    if (this.isPublic) return 'anyone';
    return this.grants
      .map((grant) => {
        const roles =
          grant.roles.length === ALL_ROLES.length ? 'authenticated' : grant.roles.join('|');
        return grant.where ? `${roles} (${grant.where})` : roles;
      })
      .join(', ');
  }

  static fromDescriptor(descriptor: PolicyDescriptor): AccessPolicy {
    if (descriptor.public) return Allow.anyone();
    return new AccessPolicy(
      false,
      descriptor.grants.map((grant) => ({ roles: grant.roles, where: grant.where })),
    );
  }
}

const ANYONE = new AccessPolicy(true, []);

/** The vocabulary of policies. */
export const Allow = {
  /** No token needed: register, login, refresh, password reset, accepting an invitation. */
  anyone: (): AccessPolicy => ANYONE,
  /** Any logged-in user, whatever the role (the data is the caller's own by construction, e.g. `me`). */
  authenticated: (): AccessPolicy => new AccessPolicy(false, [{ roles: ALL_ROLES }]),
  roles: (...roles: Role[]): AccessPolicy => {
    if (roles.length === 0) throw new Error('Allow.roles() needs at least one role');
    return new AccessPolicy(false, [{ roles }]);
  },
};
