import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { Role } from '@werkmatch/identity/domain';
import type { Principal } from '@werkmatch/identity/domain';
import {
  MatchProposalEntity,
  MatchProposalStatus,
  RecomputeMatchesJob,
  RecomputeProgress,
} from '@werkmatch/matching/data-access';
import { enforceRelation, RelationFacts } from '@werkmatch/platform/access-control';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { NotFoundError, ValidationError } from '@werkmatch/shared/errors';
import { currentLogContext } from '@werkmatch/shared/logging';
import { MatchProposalPolicies } from './match-proposal.policies';
import { MatchRecomputation, MatchProposalsArgs } from './match-proposal.model';
import { QueueOverview } from './queue-overview.model';

/** The query cost rule prices a page without `first` at 10 items; the default matches it. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A cursor is the score and id of the last proposal of the previous page (the list is by score, then id). */
const CURSOR = /^(\d{1,3})\.([0-9a-f-]{36})$/i;

/**
 * What each role sees of the proposals it may read: employers and job seekers only what an account manager
 * approved (an open proposal is the engine's suggestion, not yet a decision anyone should act on); account
 * managers and coaches everything, so they can work through and explain the queue.
 */
const VISIBLE: Readonly<Partial<Record<Role, readonly MatchProposalStatus[]>>> = {
  [Role.EMPLOYER]: [MatchProposalStatus.APPROVED],
  [Role.JOB_SEEKER]: [MatchProposalStatus.APPROVED],
  [Role.ACCOUNT_MANAGER]: Object.values(MatchProposalStatus),
  [Role.COACH]: Object.values(MatchProposalStatus),
};

export interface MatchProposalEntityPage {
  items: MatchProposalEntity[];
  nextCursor: string | null;
}

@Injectable()
export class MatchProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
  ) {}

  /**
   * Proposals of a vacancy and/or a person, best first. The relation is checked on the side the caller's role
   * relates to: the vacancy's organisation or review region, the person themselves or their coach.
   */
  async page(principal: Principal, args: MatchProposalsArgs): Promise<MatchProposalEntityPage> {
    const size = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
    const cursor = args.after ? CURSOR.exec(args.after) : null;
    if (args.after && !cursor)
      throw ValidationError.field('after', 'must be a cursor from a previous page');
    const { vacancyId, jobSeekerId } = args;
    if (!vacancyId && !jobSeekerId)
      throw ValidationError.field('vacancyId', 'give a vacancyId, a jobSeekerId or both');
    if (vacancyId && !UUID.test(vacancyId)) throw new NotFoundError('vacancy');
    if (jobSeekerId && !UUID.test(jobSeekerId)) throw new NotFoundError('job seeker');

    const facts: RelationFacts = {};
    if (vacancyId) {
      const [vacancy] = (await this.dataSource.query(
        'SELECT organisation_id, review_region_id FROM vacancy WHERE id = $1',
        [vacancyId],
      )) as { organisation_id: string; review_region_id: string | null }[];
      if (!vacancy) throw new NotFoundError('vacancy');
      facts.organisationId = vacancy.organisation_id;
      facts.regionId = vacancy.review_region_id;
    }
    if (jobSeekerId) {
      facts.ownerUserId = jobSeekerId;
      facts.inCaseload = async () =>
        (
          (await this.dataSource.query(
            'SELECT 1 FROM caseload_assignment WHERE coach_id = $1 AND job_seeker_id = $2',
            [principal.userId, jobSeekerId],
          )) as unknown[]
        ).length > 0;
    }
    await enforceRelation(MatchProposalPolicies.read, principal, facts);

    const visible = VISIBLE[principal.role] ?? [];
    const statuses = args.statuses?.length
      ? visible.filter((status) => args.statuses?.includes(status))
      : visible;
    if (statuses.length === 0) return { items: [], nextCursor: null };

    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(MatchProposalEntity)
        .createQueryBuilder('mp')
        .where('mp.status IN (:...statuses)', { statuses })
        .orderBy('mp.score', 'DESC')
        .addOrderBy('mp.id', 'ASC')
        .limit(size + 1);
      if (vacancyId) query.andWhere('mp.vacancyId = :vacancyId', { vacancyId });
      if (jobSeekerId) query.andWhere('mp.jobSeekerId = :jobSeekerId', { jobSeekerId });
      if (cursor)
        query.andWhere('(mp.score < :score OR (mp.score = :score AND mp.id > :id))', {
          score: Number(cursor[1]),
          id: cursor[2],
        });
      const rows = await query.getMany();
      const items = rows.slice(0, size);
      // A coach reads what the engine made of a person in their caseload: personal data of someone else.
      if (principal.role === Role.COACH && jobSeekerId)
        await recordAuditEvent(manager, {
          actor: principal,
          subjectUserId: jobSeekerId,
          action: AuditAction.READ,
          resource: { type: 'match-proposals', id: vacancyId ?? null },
          purpose: 'caseload support: match proposals',
          requestId: currentLogContext().requestId ?? null,
        });
      const last = items[items.length - 1];
      return {
        items,
        nextCursor: rows.length > size && last ? `${last.score}.${last.id}` : null,
      };
    });
  }

  /**
   * Starts a full recomputation, or returns the one already waiting or running: two at once would only do
   * the same work twice.
   */
  async recompute(principal: Principal): Promise<MatchRecomputation> {
    const queue = this.queues.queue(RecomputeMatchesJob.queue);
    // A run waiting for its batches (waiting-children) is running too.
    const pending = (
      await queue.getJobs(['active', 'waiting-children', 'waiting', 'prioritized', 'delayed'])
    ).find((job) => job.name === RecomputeMatchesJob.name);
    const job =
      pending ??
      (await this.queues.enqueue(RecomputeMatchesJob, { requestedByUserId: principal.userId }));
    return recomputationOf(job, await job.getState());
  }

  /** Every queue's counts, active jobs with their progress and latest failures with their reasons. */
  async queueOverview(): Promise<QueueOverview[]> {
    return Promise.all(
      Object.values(QueueName).map(async (name) => {
        const queue = this.queues.queue(name);
        const [counts, active, failed] = await Promise.all([
          queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'),
          // A recomputation waiting for its batches is at work as much as an active job, with its progress.
          queue.getJobs(['active', 'waiting-children'], 0, 19),
          queue.getFailed(0, 19),
        ]);
        return {
          name,
          waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
          active: counts['active'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          completed: counts['completed'] ?? 0,
          failed: counts['failed'] ?? 0,
          activeJobs: active.map((job) => ({
            id: String(job.id),
            name: job.name,
            progress: job.progress === 0 ? null : JSON.stringify(job.progress),
            startedAt: job.processedOn ? new Date(job.processedOn) : null,
          })),
          failedJobs: failed.map((job) => ({
            id: String(job.id),
            name: job.name,
            failedReason: job.failedReason ?? '',
            attemptsMade: job.attemptsMade,
            failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
          })),
        };
      }),
    );
  }
}

function recomputationOf(job: Job, state: string): MatchRecomputation {
  const progress = job.progress as Partial<RecomputeProgress> | number;
  return {
    jobId: String(job.id),
    state,
    progress:
      typeof progress === 'object' && progress !== null
        ? {
            vacanciesDone: progress.vacanciesDone ?? 0,
            vacanciesTotal: progress.vacanciesTotal ?? 0,
            proposalsOpen: progress.proposalsOpen ?? 0,
            proposalsWithdrawn: progress.proposalsWithdrawn ?? 0,
          }
        : null,
  };
}
