import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { inTransaction } from '@werkmatch/database';
import { GeoService, ResolvedPostcode } from '@werkmatch/geo/data-access';
import { CaseloadAssignmentEntity } from '@werkmatch/identity/data-access';
import { Principal, Role } from '@werkmatch/identity/domain';
import { CaseloadService } from '@werkmatch/identity/feature-api';
import { AccessPolicy, enforceRelation } from '@werkmatch/platform/access-control';
import {
  DomainError,
  ErrorCode,
  FieldViolation,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { currentLogContext } from '@werkmatch/shared/logging';
import {
  contentOf,
  findOccupationLinks,
  findSkillLinks,
  lifecycleOf,
  loadAnonymisedTalentProfiles,
  recordTalentProfileEvent,
  replaceOccupationLinks,
  replaceSkillLinks,
  TalentProfileEntity,
} from '@werkmatch/talent-profiles/data-access';
import {
  AnonymisedTalentProfile,
  AssessmentChanges,
  confirmProfile,
  dutchLevelOf,
  LifecycleState,
  PauseReason,
  pauseProfile,
  prepareAssessmentChanges,
  prepareTalentProfileChanges,
  publishProfile,
  TALENT_PROFILE_CHANGED,
  TALENT_PROFILE_PAUSED,
  TALENT_PROFILE_PUBLISHED,
  TalentProfileChanges,
  TalentProfileEventType,
  TalentProfileInput,
  TalentProfileStatus,
} from '@werkmatch/talent-profiles/domain';
import { TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { TalentProfilePolicies } from './policies';
import type { AssessTalentProfileInput } from './assess-talent-profile.input';
import type { SaveTalentProfileInput } from './save-talent-profile.input';

const RESOURCE = 'talent-profile';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_PAGE_SIZE = 100;

/** Why someone other than the person reads their full profile; written to the audit trail with each read. */
export const READ_PURPOSE = {
  [Role.COACH]: 'coach supports a job seeker of their caseload with the talent profile',
  [Role.ADMIN]: 'administrator inspects a talent profile',
} as const;

export interface ProfilePage {
  items: TalentProfileEntity[];
  nextCursor: string | null;
}

/** The stored columns a save writes, derived from the domain's changes. */
type ColumnPatch = Partial<
  Pick<
    TalentProfileEntity,
    | 'headline'
    | 'talents'
    | 'workExperience'
    | 'educationLevel'
    | 'diplomas'
    | 'languages'
    | 'dutchLevel'
    | 'hoursMin'
    | 'hoursMax'
    | 'earliestStart'
    | 'postcode'
    | 'pc4'
    | 'municipalityCode'
    | 'regionId'
    | 'lat'
    | 'lon'
    | 'travelKm'
    | 'drivingLicences'
    | 'transportModes'
    | 'wantedRouteTypes'
    | 'participationLevel'
    | 'supportNeeds'
    | 'targetGroups'
  >
>;

/** Collects the ValidationError of a check that needs the database with the others, instead of stopping at it. */
async function collect(violations: FieldViolation[], check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.BadUserInput)
      violations.push(...error.violations);
    else throw error;
  }
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order, not the one written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

@Injectable()
export class TalentProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseload: CaseloadService,
    private readonly geo: GeoService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The caller's own profile; null before their first save. */
  mine(principal: Principal): Promise<TalentProfileEntity | null> {
    return this.dataSource
      .getRepository(TalentProfileEntity)
      .findOneBy({ jobSeekerId: principal.userId });
  }

  /** Someone else's full profile (their coach, an administrator): an audited read with its purpose. */
  async of(principal: Principal, jobSeekerId: string): Promise<TalentProfileEntity | null> {
    await this.enforce(TalentProfilePolicies.fullProfile, principal, jobSeekerId);
    if (!UUID.test(jobSeekerId)) return null;
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager.getRepository(TalentProfileEntity).findOneBy({ jobSeekerId });
      if (profile) await this.auditRead(manager, principal, [profile]);
      return profile;
    });
  }

  /**
   * Creates the profile (DRAFT) on the first save, then applies the changes: every rule checked first (the
   * database ones too), all written in one transaction, nothing when a rule is broken. A change to a published
   * profile tells search and matching; a save that changes nothing writes nothing.
   */
  async save(
    principal: Principal,
    input: SaveTalentProfileInput,
    jobSeekerIdArgument?: string | null,
  ): Promise<TalentProfileEntity> {
    const jobSeekerId = this.subjectOf(principal, jobSeekerIdArgument);
    await this.enforce(TalentProfilePolicies.ownerOrCoach, principal, jobSeekerId);
    const { changes, violations } = prepareTalentProfileChanges(
      input as TalentProfileInput,
      new Date(),
    );
    const resolved = await this.checkReferences(changes, violations);
    if (violations.length > 0) throw new ValidationError(violations);
    const patch = this.columnsOf(changes, resolved);
    return this.change(principal, jobSeekerId, async (manager, profile) => {
      let changed = Object.entries(patch).some(
        ([column, value]) => !same(profile[column as keyof ColumnPatch], value),
      );
      if (changes.skills) {
        const before = await findSkillLinks(manager, [profile.id]);
        if (
          !same(
            before.map((s) => [s.skillId, s.level]),
            changes.skills.map((s) => [s.skillId, s.level]),
          )
        ) {
          await replaceSkillLinks(manager, profile.id, changes.skills);
          changed = true;
        }
      }
      if (changes.wantedOccupationIds) {
        const before = await findOccupationLinks(manager, [profile.id]);
        if (
          !same(
            before.map((o) => o.occupationId),
            changes.wantedOccupationIds,
          )
        ) {
          await replaceOccupationLinks(manager, profile.id, changes.wantedOccupationIds);
          changed = true;
        }
      }
      return changed ? patch : null;
    });
  }

  /** The coach's assessment: a separate operation, so a job seeker cannot even send these fields. */
  async assess(
    principal: Principal,
    jobSeekerId: string,
    input: AssessTalentProfileInput,
  ): Promise<TalentProfileEntity> {
    await this.enforce(TalentProfilePolicies.coach, principal, jobSeekerId);
    const { changes, violations } = prepareAssessmentChanges(input);
    if (violations.length > 0) throw new ValidationError(violations);
    const patch = this.assessmentColumnsOf(changes);
    return this.change(principal, jobSeekerId, async (_manager, profile) =>
      Object.entries(patch).some(
        ([column, value]) => !same(profile[column as keyof ColumnPatch], value),
      )
        ? patch
        : null,
    );
  }

  /** Only the job seeker publishes their profile: consent stays with the person. */
  async publish(principal: Principal): Promise<TalentProfileEntity> {
    await this.enforce(TalentProfilePolicies.owner, principal, principal.userId);
    return this.transition(principal, principal.userId, async (manager, profile, now) => {
      const [skills, occupations] = await Promise.all([
        findSkillLinks(manager, [profile.id]),
        findOccupationLinks(manager, [profile.id]),
      ]);
      const next = publishProfile(
        lifecycleOf(profile),
        contentOf(profile, skills, occupations),
        now,
      );
      return { next, event: TALENT_PROFILE_PUBLISHED };
    });
  }

  /** Out of search and matching, by the owner or their coach, until the owner publishes it again. */
  async pause(
    principal: Principal,
    jobSeekerIdArgument?: string | null,
  ): Promise<TalentProfileEntity> {
    const jobSeekerId = this.subjectOf(principal, jobSeekerIdArgument);
    await this.enforce(TalentProfilePolicies.ownerOrCoach, principal, jobSeekerId);
    const reason = principal.role === Role.COACH ? PauseReason.BY_COACH : PauseReason.BY_OWNER;
    return this.transition(principal, jobSeekerId, async (_manager, profile, now) => ({
      next: pauseProfile(lifecycleOf(profile), reason, now),
      event: TALENT_PROFILE_PAUSED,
    }));
  }

  /** The owner confirms the profile is still current (the confirmation job asked them to). */
  async confirm(principal: Principal): Promise<TalentProfileEntity> {
    await this.enforce(TalentProfilePolicies.owner, principal, principal.userId);
    return this.transition(principal, principal.userId, async (manager, profile, now) => {
      const [skills, occupations] = await Promise.all([
        findSkillLinks(manager, [profile.id]),
        findOccupationLinks(manager, [profile.id]),
      ]);
      const { state, republished } = confirmProfile(
        lifecycleOf(profile),
        contentOf(profile, skills, occupations),
        now,
      );
      return { next: state, event: republished ? TALENT_PROFILE_PUBLISHED : null };
    });
  }

  /** What employers see: published profiles only; anything else is not found. */
  async anonymised(profileId: string): Promise<AnonymisedTalentProfile> {
    const [profile] = await loadAnonymisedTalentProfiles(this.dataSource, [profileId]);
    if (!profile) throw new NotFoundError('talent profile');
    return profile;
  }

  /** The profiles of the calling coach's caseload, a page at a time; an audited read of each. */
  async caseloadProfiles(
    principal: Principal,
    first?: number | null,
    after?: string | null,
  ): Promise<ProfilePage> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
    if (after && !UUID.test(after))
      throw ValidationError.field('after', 'must be a cursor from a previous page');
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(TalentProfileEntity)
        .createQueryBuilder('profile')
        .innerJoin(
          CaseloadAssignmentEntity,
          'assignment',
          'assignment.job_seeker_id = profile.job_seeker_id',
        )
        .where('assignment.coach_id = :coachId', { coachId: principal.userId })
        .orderBy('profile.id', 'ASC')
        .limit(size + 1);
      if (after) query.andWhere('profile.id > :after', { after });
      const rows = await query.getMany();
      const items = rows.slice(0, size);
      await this.auditRead(manager, principal, items);
      return {
        items,
        nextCursor: rows.length > size ? (items[items.length - 1]?.id ?? null) : null,
      };
    });
  }

  /** The job seeker a call is about: the caller themselves, or the one a coach names. */
  private subjectOf(principal: Principal, jobSeekerId: string | null | undefined): string {
    if (jobSeekerId) return jobSeekerId;
    if (principal.role === Role.JOB_SEEKER) return principal.userId;
    throw ValidationError.field('jobSeekerId', 'is required for a coach');
  }

  private enforce(policy: AccessPolicy, principal: Principal, jobSeekerId: string): Promise<void> {
    return enforceRelation(policy, principal, {
      ownerUserId: jobSeekerId,
      inCaseload: () =>
        UUID.test(jobSeekerId) ? this.caseload.isInCaseload(principal.userId, jobSeekerId) : false,
    });
  }

  /** Whether the postcode exists and the taxonomy references are known; the postcode's area when it does. */
  private async checkReferences(
    changes: TalentProfileChanges,
    violations: FieldViolation[],
  ): Promise<ResolvedPostcode | null> {
    let resolved: ResolvedPostcode | null = null;
    const checks: Promise<void>[] = [];
    const postcode = changes.postcode;
    if (postcode && !violations.some((v) => v.field === 'input.postcode'))
      checks.push(
        collect(violations, async () => {
          resolved = await this.geo.resolvePostcode(postcode, 'input.postcode');
        }),
      );
    if (changes.skills?.length)
      checks.push(
        collect(violations, () =>
          this.taxonomy.requireSkills(
            (changes.skills ?? []).map((skill) => skill.skillId),
            (index) => `input.skills[${index}].skillId`,
          ),
        ),
      );
    if (changes.wantedOccupationIds?.length)
      checks.push(
        collect(violations, () =>
          this.taxonomy.requireOccupations(
            changes.wantedOccupationIds ?? [],
            (index) => `input.wantedOccupationIds[${index}]`,
          ),
        ),
      );
    const named = (changes.workExperience ?? []).flatMap((work, index) =>
      work.occupationId ? [{ index, id: work.occupationId }] : [],
    );
    if (named.length > 0)
      checks.push(
        collect(violations, () =>
          this.taxonomy.requireOccupations(
            named.map((n) => n.id),
            (i) => `input.workExperience[${named[i]?.index}].occupationId`,
          ),
        ),
      );
    await Promise.all(checks);
    return resolved;
  }

  private columnsOf(changes: TalentProfileChanges, resolved: ResolvedPostcode | null): ColumnPatch {
    const patch: ColumnPatch = {};
    if (changes.headline !== undefined) patch.headline = changes.headline;
    if (changes.talents !== undefined) patch.talents = changes.talents;
    if (changes.workExperience !== undefined) patch.workExperience = changes.workExperience;
    if (changes.educationLevel !== undefined) patch.educationLevel = changes.educationLevel;
    if (changes.diplomas !== undefined) patch.diplomas = changes.diplomas;
    if (changes.languages !== undefined) {
      patch.languages = changes.languages;
      patch.dutchLevel = dutchLevelOf(changes.languages);
    }
    if (changes.hours !== undefined) {
      patch.hoursMin = changes.hours?.min ?? null;
      patch.hoursMax = changes.hours?.max ?? null;
    }
    if (changes.earliestStart !== undefined) patch.earliestStart = changes.earliestStart;
    if (changes.postcode !== undefined) {
      patch.postcode = resolved?.postcode ?? null;
      patch.pc4 = resolved?.pc4 ?? null;
      patch.municipalityCode = resolved?.municipality.code ?? null;
      patch.regionId = resolved?.region.id ?? null;
      patch.lat = resolved?.lat ?? null;
      patch.lon = resolved?.lon ?? null;
    }
    if (changes.travelKm !== undefined) patch.travelKm = changes.travelKm;
    if (changes.drivingLicences !== undefined) patch.drivingLicences = changes.drivingLicences;
    if (changes.transportModes !== undefined) patch.transportModes = changes.transportModes;
    if (changes.wantedRouteTypes !== undefined) patch.wantedRouteTypes = changes.wantedRouteTypes;
    return patch;
  }

  private assessmentColumnsOf(changes: AssessmentChanges): ColumnPatch {
    const patch: ColumnPatch = {};
    if (changes.participationLevel !== undefined)
      patch.participationLevel = changes.participationLevel;
    if (changes.supportNeeds !== undefined) patch.supportNeeds = changes.supportNeeds;
    if (changes.targetGroups !== undefined) patch.targetGroups = changes.targetGroups;
    return patch;
  }

  /** The profile row locked for this transaction, made (DRAFT) when the person has none yet. */
  private async lockOrCreate(
    manager: EntityManager,
    jobSeekerId: string,
    principal: Principal,
  ): Promise<{ profile: TalentProfileEntity; created: boolean }> {
    const repository = manager.getRepository(TalentProfileEntity);
    const lock = { mode: 'pessimistic_write' } as const;
    const existing = await repository.findOne({ where: { jobSeekerId }, lock });
    if (existing) return { profile: existing, created: false };
    // Two first saves at once: the unique job_seeker_id lets one insert and the other find it.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TalentProfileEntity)
      .values({ jobSeekerId, status: TalentProfileStatus.DRAFT, updatedByUserId: principal.userId })
      .orIgnore()
      .execute();
    const profile = await repository.findOneOrFail({ where: { jobSeekerId }, lock });
    return { profile, created: ((inserted.raw as unknown[] | undefined)?.length ?? 0) > 0 };
  }

  /**
   * One change of a profile's content in one transaction: lock (or create) the row, let `decide` return the
   * columns to write (null: nothing changed), then write them with the editor, the audit event and, for a
   * published profile, the outbox event.
   */
  private async change(
    principal: Principal,
    jobSeekerId: string,
    decide: (manager: EntityManager, profile: TalentProfileEntity) => Promise<ColumnPatch | null>,
  ): Promise<TalentProfileEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const { profile, created } = await this.lockOrCreate(manager, jobSeekerId, principal);
      const patch = await decide(manager, profile);
      if (!patch && !created) return profile;
      await manager.update(
        TalentProfileEntity,
        { id: profile.id },
        { ...(patch ?? {}), updatedByUserId: principal.userId },
      );
      if (profile.status === TalentProfileStatus.PUBLISHED)
        await recordTalentProfileEvent(manager, profile, TALENT_PROFILE_CHANGED);
      await this.auditChange(
        manager,
        principal,
        profile,
        created ? AuditAction.CREATE : AuditAction.UPDATE,
      );
      return manager.getRepository(TalentProfileEntity).findOneByOrFail({ id: profile.id });
    });
  }

  /** A change of state (publish, pause, confirm): the domain decides, this writes it with its events. */
  private async transition(
    principal: Principal,
    jobSeekerId: string,
    decide: (
      manager: EntityManager,
      profile: TalentProfileEntity,
      now: Date,
    ) => Promise<{ next: LifecycleState; event: TalentProfileEventType | null }>,
  ): Promise<TalentProfileEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const profile = await manager
        .getRepository(TalentProfileEntity)
        .findOne({ where: { jobSeekerId }, lock: { mode: 'pessimistic_write' } });
      if (!profile) throw new NotFoundError('talent profile');
      const { next, event } = await decide(manager, profile, new Date());
      const columns = {
        status: next.status,
        publishedAt: next.publishedAt,
        pausedAt: next.pausedAt,
        pauseReason: next.pauseReason,
        confirmedAt: next.confirmedAt,
        confirmationRequestedAt: next.confirmationRequestedAt,
      };
      if (event) {
        // A change of what search and matching see: the version moves with it.
        await manager.update(
          TalentProfileEntity,
          { id: profile.id },
          { ...columns, updatedByUserId: principal.userId },
        );
        await recordTalentProfileEvent(manager, profile, event);
      } else {
        // A confirmation alone changes no content: version and updated_at stay.
        await manager.query(
          `UPDATE talent_profile SET confirmed_at = $2, confirmation_requested_at = $3 WHERE id = $1`,
          [profile.id, columns.confirmedAt, columns.confirmationRequestedAt],
        );
      }
      await this.auditChange(manager, principal, profile, AuditAction.UPDATE);
      return manager.getRepository(TalentProfileEntity).findOneByOrFail({ id: profile.id });
    });
  }

  private auditChange(
    manager: EntityManager,
    principal: Principal,
    profile: TalentProfileEntity,
    action: AuditAction,
  ): Promise<void> {
    return recordAuditEvent(manager, {
      actor: principal,
      subjectUserId: profile.jobSeekerId,
      action,
      resource: { type: RESOURCE, id: profile.id },
      requestId: currentLogContext().requestId ?? null,
    });
  }

  private async auditRead(
    manager: EntityManager,
    principal: Principal,
    profiles: TalentProfileEntity[],
  ): Promise<void> {
    const purpose =
      principal.role === Role.ADMIN ? READ_PURPOSE[Role.ADMIN] : READ_PURPOSE[Role.COACH];
    for (const profile of profiles) {
      if (profile.jobSeekerId === principal.userId) continue;
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: profile.jobSeekerId,
        action: AuditAction.READ,
        resource: { type: RESOURCE, id: profile.id },
        purpose,
        requestId: currentLogContext().requestId ?? null,
      });
    }
  }
}
