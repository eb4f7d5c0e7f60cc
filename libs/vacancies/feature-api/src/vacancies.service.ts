import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction, recordOutboxEvent } from '@werkmatch/database';
import { GeoService, ResolvedPostcode } from '@werkmatch/geo/data-access';
import {
  assertOrganisationMayPublish,
  EmployerOrganisationEntity,
} from '@werkmatch/identity/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { AccessPolicy, enforceRelation } from '@werkmatch/platform/access-control';
import {
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { TaxonomyService } from '@werkmatch/taxonomy/data-access';
import {
  replaceVacancySkills,
  VacancyContent,
  vacancyContentColumns,
  VacancyEntity,
} from '@werkmatch/vacancies/data-access';
import {
  amsterdamDate,
  assertVacancyTransition,
  normalizeVacancyDraft,
  returnReasonViolations,
  VACANCY_AGGREGATE_TYPE,
  VacancyAction,
  vacancyEventFor,
  vacancyReferenceViolations,
  VacancyStatus,
  vacancyViolations,
} from '@werkmatch/vacancies/domain';
import { VacancyInput } from './vacancy.input';
import { VacancyPolicies } from './vacancy.policies';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** A vacancy as the caller may see it: `internal` when they manage it (organisation, reviewing region, admin). */
export interface VacancyView {
  entity: VacancyEntity;
  internal: boolean;
}

export interface VacancyEntityPage {
  items: VacancyView[];
  nextCursor: string | null;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
  return size;
}

/** A cursor is the id of the last vacancy of the previous page: opaque to clients, exact for the keyset. */
function cursorId(after: string | null | undefined): string | null {
  if (!after) return null;
  if (!UUID.test(after))
    throw ValidationError.field('after', 'must be a cursor from a previous page');
  return after;
}

/**
 * Vacancies: drafting and editing by the employer, review by the account managers of the organisation's region,
 * and the end of a vacancy. Every change of status runs in one transaction holding the vacancy's row lock, so of
 * two decisions at the same moment one wins and the other sees the new status and is refused; the outbox event
 * search and matching need is written in that same transaction.
 */
@Injectable()
export class VacanciesService {
  private readonly geo: GeoService;
  private readonly taxonomy: TaxonomyService;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.geo = new GeoService(dataSource);
    this.taxonomy = new TaxonomyService(dataSource);
  }

  async create(principal: Principal, input: VacancyInput): Promise<VacancyView> {
    // The organisation comes from who is calling, never from an argument.
    const organisationId = principal.organisationId;
    if (!organisationId)
      throw new ForbiddenError('only a member of an organisation posts vacancies');
    const checked = await this.checkDraft(input);
    const entity = await inTransaction(this.dataSource, async (manager) => {
      const organisation = await manager
        .getRepository(EmployerOrganisationEntity)
        .findOneBy({ id: organisationId });
      if (!organisation) throw new NotFoundError('organisation');
      const repository = manager.getRepository(VacancyEntity);
      const saved = await repository.save(
        repository.create({
          ...vacancyContentColumns(checked),
          organisationId,
          createdByUserId: principal.userId,
          status: VacancyStatus.DRAFT,
          reviewRegionId: organisation.regionId,
        }),
      );
      await replaceVacancySkills(
        manager,
        saved.id,
        checked.draft.requiredSkillIds,
        checked.draft.niceToHaveSkillIds,
      );
      return repository.findOneByOrFail({ id: saved.id });
    });
    return { entity, internal: true };
  }

  /** Replaces the content; a published vacancy stays published and its change is announced at once. */
  async update(principal: Principal, id: string, input: VacancyInput): Promise<VacancyView> {
    const current = await this.loadFor(principal, id, VacancyPolicies.employer);
    // Refused before the input is looked at: editing a vacancy under review is wrong whatever the content.
    assertVacancyTransition(current.status, VacancyAction.EDIT);
    const checked = await this.checkDraft(input);
    return this.change(id, VacancyAction.EDIT, async (manager) => {
      await replaceVacancySkills(
        manager,
        id,
        checked.draft.requiredSkillIds,
        checked.draft.niceToHaveSkillIds,
      );
      return vacancyContentColumns(checked);
    });
  }

  async submit(principal: Principal, id: string): Promise<VacancyView> {
    await this.loadFor(principal, id, VacancyPolicies.employer);
    return this.change(id, VacancyAction.SUBMIT, async (manager, vacancy) => {
      this.assertClosingDateAhead(vacancy, 'submit');
      const organisation = await assertOrganisationMayPublish(manager, vacancy.organisationId);
      // The service point of the organisation's region reviews it; taken afresh in case the organisation moved.
      return {
        submittedAt: new Date(),
        reviewRegionId: organisation.regionId,
        returnReason: null,
        returnedAt: null,
      };
    });
  }

  async publish(principal: Principal, id: string): Promise<VacancyView> {
    await this.loadFor(principal, id, VacancyPolicies.review);
    return this.change(id, VacancyAction.PUBLISH, async (manager, vacancy) => {
      this.assertClosingDateAhead(vacancy, 'publish');
      // A verification withdrawn while the vacancy waited for review is seen here.
      await assertOrganisationMayPublish(manager, vacancy.organisationId);
      return { publishedAt: new Date(), publishedByUserId: principal.userId };
    });
  }

  async returnToDraft(principal: Principal, id: string, reason: string): Promise<VacancyView> {
    await this.loadFor(principal, id, VacancyPolicies.review);
    const violations = returnReasonViolations(reason, 'reason');
    if (violations.length > 0) throw new ValidationError(violations);
    return this.change(id, VacancyAction.RETURN, async () => ({
      returnReason: reason.trim(),
      returnedAt: new Date(),
    }));
  }

  async close(principal: Principal, id: string, filled: boolean): Promise<VacancyView> {
    await this.loadFor(principal, id, VacancyPolicies.close);
    return this.change(id, filled ? VacancyAction.FILL : VacancyAction.CLOSE, async () => ({
      endedAt: new Date(),
    }));
  }

  /**
   * One vacancy: in every status for those who manage it, otherwise only when published. Anything else is
   * NOT_FOUND, exactly as for an id that does not exist, so a draft does not reveal that it exists.
   */
  async find(principal: Principal, id: string): Promise<VacancyView> {
    const entity = UUID.test(id)
      ? await this.dataSource.getRepository(VacancyEntity).findOneBy({ id })
      : null;
    if (!entity) throw new NotFoundError('vacancy');
    const internal = await this.manages(principal, entity);
    if (!internal && entity.status !== VacancyStatus.PUBLISHED) throw new NotFoundError('vacancy');
    return { entity, internal };
  }

  /** The calling employer's organisation's vacancies, newest first. */
  async organisationPage(
    principal: Principal,
    status: VacancyStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<VacancyEntityPage> {
    const size = pageSize(first);
    const cursor = cursorId(after);
    if (!principal.organisationId) return { items: [], nextCursor: null };
    const query = this.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .where('v.organisationId = :organisationId', { organisationId: principal.organisationId });
    if (status) query.andWhere('v.status = :status', { status });
    if (cursor)
      query.andWhere(
        '(v.createdAt, v.id) < (SELECT c.created_at, c.id FROM vacancy c WHERE c.id = :cursor)',
        { cursor },
      );
    const rows = await query
      .orderBy('v.createdAt', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return this.page(rows, size);
  }

  /** Submitted vacancies the calling account manager's service point reviews, oldest submission first. */
  async reviewPage(
    principal: Principal,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<VacancyEntityPage> {
    const size = pageSize(first);
    const cursor = cursorId(after);
    if (!principal.regionId) return { items: [], nextCursor: null };
    const query = this.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .where('v.status = :status', { status: VacancyStatus.SUBMITTED })
      .andWhere('v.reviewRegionId = :regionId', { regionId: principal.regionId });
    if (cursor)
      query.andWhere(
        '(v.submittedAt, v.id) > (SELECT c.submitted_at, c.id FROM vacancy c WHERE c.id = :cursor)',
        { cursor },
      );
    const rows = await query
      .orderBy('v.submittedAt', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .limit(size + 1)
      .getMany();
    return this.page(rows, size);
  }

  private page(rows: VacancyEntity[], size: number): VacancyEntityPage {
    const items = rows.slice(0, size);
    return {
      // Both queries are scoped to what the caller manages.
      items: items.map((entity) => ({ entity, internal: true })),
      nextCursor: rows.length > size ? (items[items.length - 1]?.id ?? null) : null,
    };
  }

  private async manages(principal: Principal, vacancy: VacancyEntity): Promise<boolean> {
    try {
      await enforceRelation(VacancyPolicies.manage, principal, this.facts(vacancy));
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Forbidden) return false;
      throw error;
    }
  }

  private facts(vacancy: VacancyEntity) {
    return { organisationId: vacancy.organisationId, regionId: vacancy.reviewRegionId };
  }

  /** Loads the vacancy and checks the relation the operation's policy asks for (organisation or region). */
  private async loadFor(
    principal: Principal,
    id: string,
    policy: AccessPolicy,
  ): Promise<VacancyEntity> {
    const vacancy = UUID.test(id)
      ? await this.dataSource.getRepository(VacancyEntity).findOneBy({ id })
      : null;
    if (!vacancy) throw new NotFoundError('vacancy');
    await enforceRelation(policy, principal, this.facts(vacancy));
    return vacancy;
  }

  /**
   * One change of a vacancy in one transaction: lock the row, check the transition against the status it has
   * now (a concurrent decision may have changed it since the caller looked), apply, record the outbox event.
   */
  private async change(
    id: string,
    action: VacancyAction,
    apply: (manager: EntityManager, vacancy: VacancyEntity) => Promise<Partial<VacancyEntity>>,
  ): Promise<VacancyView> {
    const entity = await inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(VacancyEntity);
      const vacancy = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!vacancy) throw new NotFoundError('vacancy');
      const to = assertVacancyTransition(vacancy.status, action);
      const changes = await apply(manager, vacancy);
      // Also raises `version` and `updated_at`, which an edit that only touched skills would not.
      await repository.update({ id }, { ...changes, status: to });
      const event = vacancyEventFor(vacancy.status, to);
      if (event)
        await recordOutboxEvent(manager, {
          aggregateType: VACANCY_AGGREGATE_TYPE,
          aggregateId: id,
          eventType: event.eventType,
          payload: event.payload,
        });
      return repository.findOneByOrFail({ id });
    });
    // Every caller of a change holds a relation the manage policy also grants.
    return { entity, internal: true };
  }

  private assertClosingDateAhead(vacancy: VacancyEntity, action: string): void {
    if (vacancy.closingDate < amsterdamDate(new Date()))
      throw new ConflictError(
        `cannot ${action} a vacancy whose closing date (${vacancy.closingDate}) has passed; the employer must set a new one`,
      );
  }

  /**
   * Every rule of the content at once: the pure rules of the domain, then the look-ups of the references that
   * are well-formed (postcode, occupation, skills), so one answer names every field that is wrong.
   */
  private async checkDraft(input: VacancyInput): Promise<VacancyContent> {
    const draft = normalizeVacancyDraft(input);
    const violations = vacancyViolations(draft, { today: amsterdamDate(new Date()) });
    const malformed = new Set(violations.map((violation) => violation.field));

    let place: ResolvedPostcode | null = null;
    let postcodeKnown: boolean | null = null;
    if (draft.postcode !== null && !malformed.has('input.postcode')) {
      try {
        place = await this.geo.resolvePostcode(draft.postcode, 'input.postcode');
        postcodeKnown = true;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        postcodeKnown = false;
      }
    }
    const skillIds = [...new Set([...draft.requiredSkillIds, ...draft.niceToHaveSkillIds])];
    const [skills, occupations] = await Promise.all([
      this.taxonomy.findSkillsByIds(skillIds.filter((id) => UUID.test(id))),
      draft.occupationId && UUID.test(draft.occupationId)
        ? this.taxonomy.findOccupationsByIds([draft.occupationId])
        : Promise.resolve([]),
    ]);
    violations.push(
      ...vacancyReferenceViolations(draft, {
        knownSkillIds: new Set(skills.map((skill) => skill.id)),
        knownOccupationIds: new Set(occupations.map((occupation) => occupation.id)),
        postcodeKnown,
      }),
    );
    if (violations.length > 0) throw new ValidationError(violations);
    return { draft, place };
  }
}
