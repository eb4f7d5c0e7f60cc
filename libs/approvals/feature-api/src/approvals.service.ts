import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertDecidable,
  cleanText,
  DECISION_OF,
  DecisionAction,
  MatchDecisionKind,
  MatchOutcome,
  MatchReason,
  MAX_BATCH_DECISIONS,
  noteViolations,
  reasonViolations,
} from '@werkmatch/approvals/domain';
import {
  loadMatchParties,
  markProposalDecided,
  MatchDecisionEntity,
  notifyIntroduction,
  notifyRejectionReason,
} from '@werkmatch/approvals/data-access';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { inTransaction } from '@werkmatch/database';
import type { Principal } from '@werkmatch/identity/domain';
import { MatchProposalEntity, MatchProposalStatus } from '@werkmatch/matching/data-access';
import { dispatchQueuedEmails } from '@werkmatch/notifications/data-access';
import { enforceRelation } from '@werkmatch/platform/access-control';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import {
  DomainError,
  ErrorCode,
  FieldViolation,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import type { ApprovalQueueFilter } from './approval.input';
import { ApprovalPolicies } from './approval.policies';
import {
  decodeCursor,
  encodeCursor,
  MICROS,
  requestId,
  TIMESTAMP_OF_MICROS,
  UUID,
} from './proposal-access';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;

export interface ProposalEntityPage {
  items: MatchProposalEntity[];
  nextCursor: string | null;
}

/** One decision as asked: approve with a note, or reject with a reason. */
export interface DecisionDraft {
  action: DecisionAction;
  note?: string | null;
  reason?: MatchReason | null;
  text?: string | null;
  showReasonToJobSeeker?: boolean | null;
}

export interface BatchDecisionOutcome {
  proposalId: string;
  proposal: MatchProposalEntity | null;
  error: { code: string; message: string; field: string | null } | null;
}

/** The rules of a decision's details; `at` prefixes the fields (`decisions[2].`) in a batch. */
function draftViolations(draft: DecisionDraft, at = ''): FieldViolation[] {
  if (draft.action === DecisionAction.APPROVE) {
    const violations = noteViolations(draft.note, `${at}note`);
    if (draft.reason || cleanText(draft.text) || draft.showReasonToJobSeeker)
      violations.push({ field: `${at}reason`, rule: 'only when rejecting' });
    return violations;
  }
  const violations = reasonViolations(draft.reason, draft.text, {
    reason: `${at}reason`,
    text: `${at}text`,
  });
  if (cleanText(draft.note)) violations.push({ field: `${at}note`, rule: 'only when approving' });
  return violations;
}

/**
 * The account manager's side of matching: the queue of their region and the decisions on it. A decision is one
 * transaction around one conditional UPDATE (`markProposalDecided`), so it succeeds once whatever happens at
 * the same moment; everything it causes (the decision row, the audit event, notifications and emails) commits
 * with it or not at all.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  /**
   * Proposals of vacancies reviewed by the caller's region, best score first and, at equal scores, the one
   * waiting longest first. The region comes from the login, never from an argument.
   */
  async queue(
    principal: Principal,
    filter: ApprovalQueueFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ProposalEntityPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
    const cursor = after ? decodeCursor(after, ['score', 'timestamp', 'id']) : null;
    if (after && !cursor)
      throw ValidationError.field('after', 'must be a cursor from a previous page');
    if (filter?.vacancyId && !UUID.test(filter.vacancyId))
      throw ValidationError.field('filter.vacancyId', 'must be a vacancy id');
    if (filter?.organisationId && !UUID.test(filter.organisationId))
      throw ValidationError.field('filter.organisationId', 'must be an organisation id');
    if (!principal.regionId) return { items: [], nextCursor: null };

    const statuses = filter?.statuses?.length ? filter.statuses : [MatchProposalStatus.OPEN];
    const params: unknown[] = [principal.regionId];
    const bind = (value: unknown) => `$${params.push(value)}`;
    // One status (the usual: OPEN) as an equality, so the first page comes straight from the queue index.
    const where = [
      'mp.review_region_id = $1',
      statuses.length === 1
        ? `mp.status = ${bind(statuses[0])}`
        : `mp.status = ANY(${bind(statuses)}::varchar[])`,
    ];
    if (filter?.routeTypes?.length)
      where.push(`v.route_type = ANY(${bind(filter.routeTypes)}::varchar[])`);
    if (filter?.vacancyId) where.push(`mp.vacancy_id = ${bind(filter.vacancyId)}::uuid`);
    if (filter?.organisationId)
      where.push(`v.organisation_id = ${bind(filter.organisationId)}::uuid`);
    if (filter?.sources?.length) {
      const sources = bind(filter.sources);
      where.push(
        `(mp.source = ANY(${sources}::varchar[]) OR EXISTS (SELECT 1 FROM match_interest mi
           WHERE mi.proposal_id = mp.id AND mi.source = ANY(${sources}::varchar[])))`,
      );
    }
    if (cursor) {
      const [score, created, id] = cursor as [string, string, string];
      const s = bind(Number(score));
      const c = TIMESTAMP_OF_MICROS(bind(created));
      const i = bind(id);
      where.push(
        `(mp.score < ${s} OR (mp.score = ${s} AND (mp.created_at > ${c} OR (mp.created_at = ${c} AND mp.id > ${i}::uuid))))`,
      );
    }
    // The vacancy is joined only for the filters that need it: a join would make PostgreSQL read every open
    // proposal of the region to sort them, where the index alone gives the first page.
    const joinVacancy = !!(filter?.routeTypes?.length || filter?.organisationId);
    const rows = (await this.dataSource.query(
      `SELECT mp.id, mp.score, ${MICROS('mp.created_at')} AS created
       FROM match_proposal mp ${joinVacancy ? 'JOIN vacancy v ON v.id = mp.vacancy_id' : ''}
       WHERE ${where.join(' AND ')}
       ORDER BY mp.score DESC, mp.created_at ASC, mp.id ASC
       LIMIT ${bind(size + 1)}`,
      params,
    )) as { id: string; score: number; created: string }[];
    const page = rows.slice(0, size);
    const entities = await this.dataSource
      .getRepository(MatchProposalEntity)
      .findBy({ id: In(page.map((row) => row.id)) });
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const last = page[page.length - 1];
    return {
      items: page.flatMap((row) => byId.get(row.id) ?? []),
      nextCursor:
        rows.length > size && last ? encodeCursor([last.score, last.created, last.id]) : null,
    };
  }

  async approve(
    principal: Principal,
    id: string,
    note: string | null | undefined,
  ): Promise<MatchProposalEntity> {
    return this.decide(principal, id, { action: DecisionAction.APPROVE, note });
  }

  async reject(
    principal: Principal,
    id: string,
    reason: MatchReason,
    text: string | null | undefined,
    showReasonToJobSeeker: boolean,
  ): Promise<MatchProposalEntity> {
    return this.decide(principal, id, {
      action: DecisionAction.REJECT,
      reason,
      text,
      showReasonToJobSeeker,
    });
  }

  /**
   * Several decisions at once, each in its own transaction with its own result. Authorization is all or
   * nothing: a batch naming a proposal outside the caller's region is refused as a whole before anything is
   * decided; after that each decision succeeds or fails (not found, decided already, bad input) on its own.
   */
  async decideMany(
    principal: Principal,
    drafts: readonly (DecisionDraft & { proposalId: string })[],
  ): Promise<BatchDecisionOutcome[]> {
    if (drafts.length < 1 || drafts.length > MAX_BATCH_DECISIONS)
      throw ValidationError.field('decisions', `between 1 and ${MAX_BATCH_DECISIONS} decisions`);
    const ids = [...new Set(drafts.map((draft) => draft.proposalId).filter((id) => UUID.test(id)))];
    const regions = (await this.dataSource.query(
      'SELECT id, review_region_id FROM match_proposal WHERE id = ANY($1::uuid[])',
      [ids],
    )) as { id: string; review_region_id: string | null }[];
    for (const row of regions)
      await enforceRelation(ApprovalPolicies.decide, principal, { regionId: row.review_region_id });

    const results: BatchDecisionOutcome[] = [];
    for (const [index, draft] of drafts.entries()) {
      try {
        const proposal = await this.decide(
          principal,
          draft.proposalId,
          draft,
          `decisions[${index}].`,
        );
        results.push({ proposalId: draft.proposalId, proposal, error: null });
      } catch (error) {
        if (!(error instanceof DomainError)) {
          this.logger.error(
            { err: error, proposalId: draft.proposalId },
            'a decision of a batch failed',
          );
        }
        results.push({
          proposalId: draft.proposalId,
          proposal: null,
          error:
            error instanceof DomainError
              ? {
                  code: error.code,
                  message: error.message,
                  field: error.violations[0]?.field ?? null,
                }
              : {
                  code: ErrorCode.Internal,
                  message: 'the decision could not be saved; try again',
                  field: null,
                },
        });
      }
    }
    return results;
  }

  /**
   * One decision. The proposal is looked at first only to say NOT_FOUND or FORBIDDEN; whether it is still open
   * is decided by the UPDATE itself, inside the transaction.
   */
  private async decide(
    principal: Principal,
    id: string,
    draft: DecisionDraft,
    at = '',
  ): Promise<MatchProposalEntity> {
    const proposals = this.dataSource.getRepository(MatchProposalEntity);
    const found = UUID.test(id) ? await proposals.findOneBy({ id }) : null;
    if (!found) throw new NotFoundError('match proposal');
    await enforceRelation(ApprovalPolicies.decide, principal, { regionId: found.reviewRegionId });
    const violations = draftViolations(draft, at);
    if (violations.length > 0) throw new ValidationError(violations);
    const regionId = principal.regionId;
    if (!regionId) throw new ForbiddenError('this is outside your region');

    const decision = DECISION_OF[draft.action];
    const emailIds = await inTransaction(this.dataSource, async (manager) => {
      const decided = await markProposalDecided(
        manager,
        id,
        regionId,
        decision === MatchDecisionKind.APPROVED
          ? MatchProposalStatus.APPROVED
          : MatchProposalStatus.REJECTED,
      );
      if (!decided) {
        const [now] = (await manager.query('SELECT status FROM match_proposal WHERE id = $1', [
          id,
        ])) as {
          status: string;
        }[];
        if (!now) throw new NotFoundError('match proposal');
        assertDecidable(draft.action, now.status);
        // Open but not updated: it moved to another region between the look and the update.
        throw new ForbiddenError('this is outside your region');
      }
      if (draft.action === DecisionAction.APPROVE) await this.assertBothSidesLive(manager, decided);
      const decidedAt = new Date();
      const reason = draft.action === DecisionAction.REJECT ? (draft.reason ?? null) : null;
      await manager.insert(MatchDecisionEntity, {
        proposalId: id,
        decision,
        decidedByUserId: principal.userId,
        decidedAt,
        note: draft.action === DecisionAction.APPROVE ? cleanText(draft.note) : null,
        reason,
        reasonText: reason ? cleanText(draft.text) : null,
        reasonVisibleToJobSeeker: reason ? (draft.showReasonToJobSeeker ?? false) : false,
        outcome: draft.action === DecisionAction.APPROVE ? MatchOutcome.INTRODUCED : null,
        introducedAt: draft.action === DecisionAction.APPROVE ? decidedAt : null,
      });
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: decided.jobSeekerId,
        action: AuditAction.UPDATE,
        resource: { type: 'match-proposal', id },
        purpose:
          draft.action === DecisionAction.APPROVE
            ? 'account manager approved the match: both sides introduced'
            : `account manager rejected the match: ${reason}`,
        requestId: requestId(),
      });
      const approving = draft.action === DecisionAction.APPROVE;
      // Only an introduction or a reason shown to the job seeker notifies anyone: otherwise skip the parties.
      if (!approving && !(reason && draft.showReasonToJobSeeker)) return [];
      const parties = (await loadMatchParties(manager, [id])).get(id);
      if (!parties) return [];
      if (approving) return notifyIntroduction(manager, parties, this.config.PUBLIC_APP_URL);
      if (reason) await notifyRejectionReason(manager, parties, reason, cleanText(draft.text));
      return [];
    });
    await dispatchQueuedEmails(this.queues, emailIds, this.logger);
    return proposals.findOneByOrFail({ id });
  }

  /**
   * Nobody is introduced for a vacancy that ended or with a profile its owner paused: the engine withdraws such
   * proposals, but an approval may come before it does. The rows are share-locked, so a close or pause
   * committing meanwhile waits for this decision and then withdraws nothing it should not.
   */
  private async assertBothSidesLive(
    manager: EntityManager,
    proposal: { vacancyId: string; profileId: string },
  ): Promise<void> {
    const [vacancy] = (await manager.query('SELECT status FROM vacancy WHERE id = $1 FOR SHARE', [
      proposal.vacancyId,
    ])) as { status: VacancyStatus }[];
    if (vacancy?.status !== VacancyStatus.PUBLISHED)
      throw new InvalidTransitionError(
        'a match for a vacancy',
        vacancy?.status ?? 'gone',
        'approve',
      );
    const [profile] = (await manager.query(
      'SELECT status FROM talent_profile WHERE id = $1 FOR SHARE',
      [proposal.profileId],
    )) as { status: TalentProfileStatus }[];
    if (profile?.status !== TalentProfileStatus.PUBLISHED)
      throw new InvalidTransitionError(
        'a match with a talent profile',
        profile?.status ?? 'gone',
        'approve',
      );
  }
}
