import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertOutcomeTransition,
  cleanText,
  followUpDueOn,
  isPaidPlacement,
  MatchDecisionKind,
  MatchOutcome,
  outcomeViolations,
  placementViolations,
} from '@werkmatch/approvals/domain';
import {
  fillVacancyWhenComplete,
  MatchDecisionEntity,
  PlacementEntity,
} from '@werkmatch/approvals/data-access';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { inTransaction } from '@werkmatch/database';
import type { Principal } from '@werkmatch/identity/domain';
import { MatchProposalEntity } from '@werkmatch/matching/data-access';
import { enforceRelation } from '@werkmatch/platform/access-control';
import {
  DomainError,
  ErrorCode,
  FieldViolation,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { addMonths, amsterdamDate, isIsoDate } from '@werkmatch/vacancies/domain';
import { ContractType, RouteType } from '@werkmatch/work/domain';
import type { PlacementInput, RecordMatchOutcomeArgs } from './approval.input';
import type { PlacementFigures } from './approval.model';
import { ApprovalPolicies } from './approval.policies';
import { inCaseload, proposalFor, requestId, UUID } from './proposal-access';

/** A period of figures spans at most this many years: longer asks are a report, not a screen. */
const MAX_FIGURES_YEARS = 5;

/**
 * What happens after an approval: the outcome steps, the placement (which may fill the vacancy) and the
 * six-month confirmation that a person is still in work. The region's account managers and the person's coach
 * record them; each change locks the decision's row, so the state machine of approvals/domain is applied to
 * the state as it is at that moment, and goes to the audit trail in the same transaction.
 */
@Injectable()
export class OutcomesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordOutcome(
    principal: Principal,
    args: RecordMatchOutcomeArgs,
  ): Promise<MatchProposalEntity> {
    const proposal = await proposalFor(
      this.dataSource,
      principal,
      args.proposalId,
      ApprovalPolicies.outcome,
    );
    const violations = outcomeViolations(
      {
        outcome: args.outcome,
        reason: args.reason,
        reasonText: args.reasonText,
        interviewDate: args.interviewDate,
      },
      amsterdamDate(new Date()),
    );
    if (violations.length > 0) throw new ValidationError(violations);
    await inTransaction(this.dataSource, async (manager) => {
      const decision = await this.lockedDecision(manager, proposal.id);
      assertOutcomeTransition(this.outcomeOf(decision), args.outcome);
      const now = new Date();
      await manager.update(
        MatchDecisionEntity,
        { proposalId: proposal.id },
        {
          outcome: args.outcome,
          outcomeAt: now,
          outcomeByUserId: principal.userId,
          ...(args.outcome === MatchOutcome.INTERVIEW_PLANNED
            ? { interviewPlannedAt: now, interviewDate: args.interviewDate ?? null }
            : { notPlacedReason: args.reason ?? null, notPlacedText: cleanText(args.reasonText) }),
        },
      );
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: proposal.jobSeekerId,
        action: AuditAction.UPDATE,
        resource: { type: 'match-outcome', id: proposal.id },
        purpose: `outcome recorded: ${args.outcome}${args.reason ? ` (${args.reason})` : ''}`,
        requestId: requestId(),
      });
    });
    return this.dataSource.getRepository(MatchProposalEntity).findOneByOrFail({ id: proposal.id });
  }

  /**
   * A placement of an approved match, not placed or not placed yet. Route type and contract default to the
   * vacancy's. When it fills the vacancy's last position the vacancy becomes FILLED in the same transaction
   * (with `vacancy.closed`, after which the engine withdraws its other open proposals).
   */
  async recordPlacement(
    principal: Principal,
    proposalId: string,
    input: PlacementInput,
  ): Promise<PlacementEntity> {
    const proposal = await proposalFor(
      this.dataSource,
      principal,
      proposalId,
      ApprovalPolicies.outcome,
    );
    const placementId = await inTransaction(this.dataSource, async (manager) => {
      const decision = await this.lockedDecision(manager, proposal.id);
      assertOutcomeTransition(this.outcomeOf(decision), MatchOutcome.PLACED);
      const introducedAt = decision?.introducedAt as Date;
      const [vacancy] = (await manager.query(
        `SELECT route_type, contract_type, organisation_id, review_region_id FROM vacancy WHERE id = $1`,
        [proposal.vacancyId],
      )) as {
        route_type: RouteType;
        contract_type: ContractType | null;
        organisation_id: string;
        review_region_id: string | null;
      }[];
      if (!vacancy) throw new NotFoundError('vacancy');
      const draft = {
        startDate: input.startDate,
        hoursPerWeek: input.hoursPerWeek,
        routeType: input.routeType ?? vacancy.route_type,
        contractType: input.routeType
          ? (input.contractType ?? null)
          : (input.contractType ?? vacancy.contract_type),
      };
      const violations = placementViolations(draft, {
        introducedOn: amsterdamDate(introducedAt),
        today: amsterdamDate(new Date()),
      });
      if (violations.length > 0) throw new ValidationError(violations);
      const paid = isPaidPlacement(draft.routeType, draft.contractType);
      const inserted = await manager.insert(PlacementEntity, {
        proposalId: proposal.id,
        vacancyId: proposal.vacancyId,
        jobSeekerId: proposal.jobSeekerId,
        organisationId: vacancy.organisation_id,
        reviewRegionId: vacancy.review_region_id,
        startDate: draft.startDate,
        hoursPerWeek: draft.hoursPerWeek,
        routeType: draft.routeType,
        contractType: draft.contractType,
        paid,
        recordedByUserId: principal.userId,
        followUpDueOn: paid ? followUpDueOn(draft.startDate) : null,
      });
      const now = new Date();
      await manager.update(
        MatchDecisionEntity,
        { proposalId: proposal.id },
        { outcome: MatchOutcome.PLACED, outcomeAt: now, outcomeByUserId: principal.userId },
      );
      const id = (inserted.identifiers[0] as { id: string }).id;
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: proposal.jobSeekerId,
        action: AuditAction.CREATE,
        resource: { type: 'placement', id },
        purpose: `placement recorded: ${draft.routeType} from ${draft.startDate}`,
        requestId: requestId(),
      });
      await fillVacancyWhenComplete(manager, proposal.vacancyId);
      return id;
    });
    return this.dataSource.getRepository(PlacementEntity).findOneByOrFail({ id: placementId });
  }

  /**
   * The coach's (or the account manager's) answer six months after a paid start: still in work or not. Given
   * once, from the follow-up day on; only paid placements count as outflow, so only they are asked.
   */
  async confirmStillInWork(
    principal: Principal,
    placementId: string,
    stillInWork: boolean,
  ): Promise<PlacementEntity> {
    const placements = this.dataSource.getRepository(PlacementEntity);
    const placement = UUID.test(placementId)
      ? await placements.findOneBy({ id: placementId })
      : null;
    if (!placement) throw new NotFoundError('placement');
    await enforceRelation(ApprovalPolicies.followUp, principal, {
      regionId: placement.reviewRegionId,
      inCaseload: () => inCaseload(this.dataSource, principal.userId, placement.jobSeekerId),
    });
    await inTransaction(this.dataSource, async (manager) => {
      const locked = await manager
        .getRepository(PlacementEntity)
        .findOne({ where: { id: placementId }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new NotFoundError('placement');
      if (!locked.paid || !locked.followUpDueOn)
        throw new DomainError(
          ErrorCode.InvalidTransition,
          'only a paid placement is followed up: unpaid work does not count as outflow',
        );
      if (locked.stillInWork !== null)
        throw new DomainError(
          ErrorCode.InvalidTransition,
          `this placement was confirmed already (${locked.stillInWork ? 'still in work' : 'no longer in work'})`,
        );
      const today = amsterdamDate(new Date());
      if (today < locked.followUpDueOn)
        throw new DomainError(
          ErrorCode.InvalidTransition,
          `the follow-up of this placement is due on ${locked.followUpDueOn}, six months after the start`,
        );
      await manager.update(
        PlacementEntity,
        { id: placementId },
        {
          stillInWork,
          stillInWorkConfirmedAt: new Date(),
          stillInWorkConfirmedByUserId: principal.userId,
        },
      );
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: locked.jobSeekerId,
        action: AuditAction.UPDATE,
        resource: { type: 'placement', id: placementId },
        purpose: `six-month follow-up: ${stillInWork ? 'still in work' : 'no longer in work'}`,
        requestId: requestId(),
      });
    });
    return placements.findOneByOrFail({ id: placementId });
  }

  /** Placements that started in [from, to], with outflow as the follow-up confirmed it. */
  async figures(from: string, to: string): Promise<PlacementFigures> {
    const violations: FieldViolation[] = [];
    if (!isIsoDate(from)) violations.push({ field: 'from', rule: 'a date YYYY-MM-DD' });
    if (!isIsoDate(to)) violations.push({ field: 'to', rule: 'a date YYYY-MM-DD' });
    else if (isIsoDate(from) && from > to)
      violations.push({ field: 'to', rule: 'not before from' });
    else if (isIsoDate(from) && to > addMonths(from, 12 * MAX_FIGURES_YEARS))
      violations.push({ field: 'to', rule: `at most ${MAX_FIGURES_YEARS} years after from` });
    if (violations.length > 0) throw new ValidationError(violations);
    const rows = (await this.dataSource.query(
      `SELECT route_type, count(*)::int AS placements, count(*) FILTER (WHERE paid)::int AS paid,
              count(*) FILTER (WHERE still_in_work)::int AS still_in_work,
              count(*) FILTER (WHERE still_in_work = false)::int AS no_longer,
              count(*) FILTER (WHERE paid AND still_in_work IS NULL AND follow_up_due_on <= $3::date)::int AS awaiting
       FROM placement WHERE start_date BETWEEN $1::date AND $2::date
       GROUP BY route_type ORDER BY route_type`,
      [from, to, amsterdamDate(new Date())],
    )) as {
      route_type: RouteType;
      placements: number;
      paid: number;
      still_in_work: number;
      no_longer: number;
      awaiting: number;
    }[];
    const sum = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    return {
      from,
      to,
      placements: sum((row) => row.placements),
      paidPlacements: sum((row) => row.paid),
      outflow: sum((row) => row.still_in_work),
      noLongerInWork: sum((row) => row.no_longer),
      awaitingConfirmation: sum((row) => row.awaiting),
      byRouteType: rows.map((row) => ({
        routeType: row.route_type,
        placements: row.placements,
        paid: row.paid,
        stillInWork: row.still_in_work,
      })),
    };
  }

  private lockedDecision(
    manager: EntityManager,
    proposalId: string,
  ): Promise<MatchDecisionEntity | null> {
    return manager
      .getRepository(MatchDecisionEntity)
      .findOne({ where: { proposalId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The outcome a step starts from: none (null) unless the match was approved. */
  private outcomeOf(decision: MatchDecisionEntity | null): MatchOutcome | null {
    return decision?.decision === MatchDecisionKind.APPROVED ? decision.outcome : null;
  }
}
