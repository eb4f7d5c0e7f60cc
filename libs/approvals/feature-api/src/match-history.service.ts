import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import {
  MatchProposalEntity,
  MatchProposalSource,
  MatchProposalStatus,
} from '@werkmatch/matching/data-access';
import { enforceRelation } from '@werkmatch/platform/access-control';
import { NotFoundError, ValidationError } from '@werkmatch/shared/errors';
import { ApprovalPolicies } from './approval.policies';
import type { ProposalEntityPage } from './approvals.service';
import { decodeCursor, encodeCursor, MICROS, TIMESTAMP_OF_MICROS, UUID } from './proposal-access';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;
/** When something last happened to a match for its side: the decision, or else the proposal. */
const ACTIVITY = 'coalesce(d.decided_at, mp.created_at)';

/**
 * The history of one's own matches (issue 7, item 6), latest first. A job seeker sees what was decided for
 * them to see (approvals; rejections whose reason the account manager chose to show) and what they or their
 * coach asked for, in any state; never the engine's open suggestions nor rejections nobody told them about. An
 * employer sees the approved matches of their organisation's vacancies and the profiles they asked for.
 */
@Injectable()
export class MatchHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  myMatches(
    principal: Principal,
    first?: number | null,
    after?: string | null,
  ): Promise<ProposalEntityPage> {
    return this.page(
      `mp.job_seeker_id = $1::uuid AND (mp.status = '${MatchProposalStatus.APPROVED}'
         OR (mp.status = '${MatchProposalStatus.REJECTED}' AND d.reason_visible_to_job_seeker)
         OR EXISTS (SELECT 1 FROM match_interest mi WHERE mi.proposal_id = mp.id
                    AND mi.source IN ('${MatchProposalSource.JOB_SEEKER_INTEREST}', '${MatchProposalSource.COACH}')))`,
      [principal.userId],
      first,
      after,
    );
  }

  async organisationMatches(
    principal: Principal,
    vacancyId?: string | null,
    first?: number | null,
    after?: string | null,
  ): Promise<ProposalEntityPage> {
    if (vacancyId) {
      const [vacancy] = UUID.test(vacancyId)
        ? ((await this.dataSource.query('SELECT organisation_id FROM vacancy WHERE id = $1', [
            vacancyId,
          ])) as { organisation_id: string }[])
        : [];
      if (!vacancy) throw new NotFoundError('vacancy');
      await enforceRelation(ApprovalPolicies.organisationMatches, principal, {
        organisationId: vacancy.organisation_id,
      });
    }
    if (!principal.organisationId) return { items: [], nextCursor: null };
    return this.page(
      `v.organisation_id = $1::uuid ${vacancyId ? 'AND mp.vacancy_id = $2::uuid' : ''}
       AND (mp.status = '${MatchProposalStatus.APPROVED}'
         OR EXISTS (SELECT 1 FROM match_interest mi WHERE mi.proposal_id = mp.id
                    AND mi.source = '${MatchProposalSource.EMPLOYER_INTEREST}'))`,
      vacancyId ? [principal.organisationId, vacancyId] : [principal.organisationId],
      first,
      after,
    );
  }

  private async page(
    condition: string,
    params: unknown[],
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ProposalEntityPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
    const cursor = after ? decodeCursor(after, ['timestamp', 'id']) : null;
    if (after && !cursor)
      throw ValidationError.field('after', 'must be a cursor from a previous page');
    const values = [...params];
    const bind = (value: unknown) => `$${values.push(value)}`;
    const keyset = cursor
      ? `AND (${ACTIVITY}, mp.id) < (${TIMESTAMP_OF_MICROS(bind(cursor[0]))}, ${bind(cursor[1])}::uuid)`
      : '';
    const rows = (await this.dataSource.query(
      `SELECT mp.id, ${MICROS(ACTIVITY)} AS activity
       FROM match_proposal mp
       JOIN vacancy v ON v.id = mp.vacancy_id
       LEFT JOIN match_decision d ON d.proposal_id = mp.id
       WHERE ${condition} ${keyset}
       ORDER BY ${ACTIVITY} DESC, mp.id DESC
       LIMIT ${bind(size + 1)}`,
      values,
    )) as { id: string; activity: string }[];
    const page = rows.slice(0, size);
    const entities = await this.dataSource
      .getRepository(MatchProposalEntity)
      .findBy({ id: In(page.map((row) => row.id)) });
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const last = page[page.length - 1];
    return {
      items: page.flatMap((row) => byId.get(row.id) ?? []),
      nextCursor: rows.length > size && last ? encodeCursor([last.activity, last.id]) : null,
    };
  }
}
