import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { raiseProposal } from '@werkmatch/approvals/data-access';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { inTransaction } from '@werkmatch/database';
import { Principal, Role } from '@werkmatch/identity/domain';
import {
  loadMatchProfiles,
  loadMatchVacancies,
  MatchProposalEntity,
  MatchProposalSource,
  MatchProposalStatus,
  vacancyIsOpen,
} from '@werkmatch/matching/data-access';
import { DEFAULT_MATCH_CONFIG, scoreMatch } from '@werkmatch/matching/domain';
import { enforceRelation } from '@werkmatch/platform/access-control';
import {
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import type { ExpressInterestInput } from './approval.input';
import { ApprovalPolicies } from './approval.policies';
import { inCaseload, requestId, UUID } from './proposal-access';

const SOURCE_OF: Partial<Record<Role, MatchProposalSource>> = {
  [Role.JOB_SEEKER]: MatchProposalSource.JOB_SEEKER_INTEREST,
  [Role.EMPLOYER]: MatchProposalSource.EMPLOYER_INTEREST,
  [Role.COACH]: MatchProposalSource.COACH,
};

/**
 * Interest from either side and proposals by a coach (issue 7, item 3). Each creates or raises the pair's one
 * proposal with its source, scored by the domain scorer on the rows as they are now, and so enters the same
 * queue as the engine's proposals. A pair that fails a hard condition of matching is stored all the same: the
 * scorer's explanation shows the failing part at 0 and the queue shows the reasons (`eligibility`), and the
 * account manager decides. Refused are only pairs that do not take part in matching at all: a vacancy that is
 * not published or past its closing date, a profile that is not published.
 */
@Injectable()
export class InterestService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async express(principal: Principal, input: ExpressInterestInput): Promise<MatchProposalEntity> {
    const source = SOURCE_OF[principal.role];
    if (!source) throw new ValidationError([{ field: 'input', rule: 'not for this role' }]);
    if (!UUID.test(input.vacancyId)) throw new NotFoundError('vacancy');
    if (principal.role === Role.EMPLOYER && !input.talentProfileId)
      throw ValidationError.field('input.talentProfileId', 'required for an employer');
    if (principal.role === Role.COACH && !input.jobSeekerId)
      throw ValidationError.field('input.jobSeekerId', 'required for a coach');
    const jobSeekerId =
      principal.role === Role.JOB_SEEKER
        ? (input.jobSeekerId ?? principal.userId)
        : input.jobSeekerId;
    if (jobSeekerId && !UUID.test(jobSeekerId)) throw new NotFoundError('job seeker');
    if (input.talentProfileId && !UUID.test(input.talentProfileId))
      throw new NotFoundError('talent profile');

    const [vacancy] = (await this.dataSource.query(
      `SELECT organisation_id, status, to_char(closing_date, 'YYYY-MM-DD') AS closing_date
       FROM vacancy WHERE id = $1`,
      [input.vacancyId],
    )) as { organisation_id: string; status: VacancyStatus; closing_date: string }[];
    if (!vacancy) throw new NotFoundError('vacancy');
    await enforceRelation(ApprovalPolicies.interest, principal, {
      ownerUserId: principal.role === Role.JOB_SEEKER ? jobSeekerId : null,
      organisationId: vacancy.organisation_id,
      inCaseload: () =>
        jobSeekerId ? inCaseload(this.dataSource, principal.userId, jobSeekerId) : false,
    });

    const open = vacancyIsOpen(
      { status: vacancy.status, closingDate: vacancy.closing_date },
      amsterdamDate(new Date()),
    );
    if (!open) {
      // Only its own organisation knows a vacancy that is not published exists.
      if (principal.role !== Role.EMPLOYER) throw new NotFoundError('vacancy');
      throw new InvalidTransitionError(
        'interest in a vacancy',
        vacancy.status === VacancyStatus.PUBLISHED ? 'past its closing date' : vacancy.status,
        'express',
      );
    }

    // The ids were checked to be UUIDs above, so a failure here is a real one and is not hidden.
    const [profile] = (await this.dataSource.query(
      principal.role === Role.EMPLOYER
        ? 'SELECT id, job_seeker_id, status FROM talent_profile WHERE id = $1'
        : 'SELECT id, job_seeker_id, status FROM talent_profile WHERE job_seeker_id = $1',
      [principal.role === Role.EMPLOYER ? input.talentProfileId : jobSeekerId],
    )) as { id: string; job_seeker_id: string; status: TalentProfileStatus }[];
    if (principal.role === Role.EMPLOYER && profile?.status !== TalentProfileStatus.PUBLISHED)
      // An employer sees published profiles only: any other is as unknown to them as a wrong id.
      throw new NotFoundError('talent profile');
    if (!profile) throw new NotFoundError('talent profile');
    if (profile.status !== TalentProfileStatus.PUBLISHED)
      throw new InvalidTransitionError('interest with a talent profile', profile.status, 'express');

    const [loadedProfile, loadedVacancy] = await Promise.all([
      loadMatchProfiles(this.dataSource, [profile.id]).then((map) => map.get(profile.id)),
      loadMatchVacancies(this.dataSource, [input.vacancyId]).then((map) =>
        map.get(input.vacancyId),
      ),
    ]);
    if (!loadedProfile?.candidate || !loadedVacancy)
      throw new ConflictError(
        'the talent profile lacks hours, place or travel range, so it cannot be matched',
      );
    const { score, items } = scoreMatch(
      loadedProfile.candidate,
      loadedVacancy.input,
      DEFAULT_MATCH_CONFIG.weights,
    );

    const proposalId = await inTransaction(this.dataSource, async (manager) => {
      const raised = await raiseProposal(
        manager,
        {
          profileId: loadedProfile.profileId,
          vacancyId: loadedVacancy.vacancyId,
          jobSeekerId: loadedProfile.jobSeekerId,
          reviewRegionId: loadedVacancy.reviewRegionId,
          score,
          explanation: items,
          profileVersion: loadedProfile.version,
          vacancyVersion: loadedVacancy.version,
        },
        source,
        principal.userId,
      );
      if (raised.outcome === 'decided') {
        // An approved pair is what the interest asked for already; a rejection is not reopened by asking again.
        if (raised.status === MatchProposalStatus.REJECTED)
          throw new ConflictError(
            'this match was considered and rejected by an account manager already; ask them to look at it again',
          );
        return raised.proposalId;
      }
      await recordAuditEvent(manager, {
        actor: principal,
        subjectUserId: loadedProfile.jobSeekerId,
        action: raised.outcome === 'created' ? AuditAction.CREATE : AuditAction.UPDATE,
        resource: { type: 'match-interest', id: raised.proposalId },
        purpose: `${source} for a vacancy`,
        requestId: requestId(),
      });
      return raised.proposalId;
    });
    return this.dataSource.getRepository(MatchProposalEntity).findOneByOrFail({ id: proposalId });
  }
}
