import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  loadMatchParties,
  MatchDecisionEntity,
  PartyContact,
} from '@werkmatch/approvals/data-access';
import { AuditAction, recordAuditEvents } from '@werkmatch/audit/data-access';
import { Principal, Role } from '@werkmatch/identity/domain';
import { MatchProposalStatus } from '@werkmatch/matching/data-access';
import { enforceRelation } from '@werkmatch/platform/access-control';
import { ForbiddenError, NotFoundError } from '@werkmatch/shared/errors';
import type { ContactPerson, MatchIntroduction } from './approval.model';
import { ApprovalPolicies } from './approval.policies';
import { proposalRelations, requestId, UUID } from './proposal-access';

/** Why each role reads the job seeker's contact details; written to the audit trail with every read. */
const CANDIDATE_PURPOSE: Partial<Record<Role, string>> = {
  [Role.EMPLOYER]: 'introduction after an approved match: the candidate’s contact details',
  [Role.ACCOUNT_MANAGER]: 'account manager introduces both sides of an approved match',
  [Role.COACH]: 'coach follows the introduction of a job seeker of their caseload',
};

function person(contact: PartyContact | null): ContactPerson | null {
  return contact
    ? {
        userId: contact.userId,
        fullName: contact.fullName,
        email: contact.email,
        phone: contact.phone,
      }
    : null;
}

/**
 * The introduction of an approved match (issue 7, item 4): the employer now sees who the person is and how to
 * reach them, the person sees the employer's contact. Before the approval there is nothing to see: an
 * employer never learns who is behind an anonymised profile until an account manager approved the match.
 * Every read of someone else's contact details is in the audit trail, with its purpose.
 */
@Injectable()
export class IntroductionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async introduction(principal: Principal, proposalId: string): Promise<MatchIntroduction> {
    const parties = UUID.test(proposalId)
      ? (await loadMatchParties(this.dataSource, [proposalId])).get(proposalId)
      : undefined;
    if (!parties) throw new NotFoundError('match proposal');
    await enforceRelation(
      ApprovalPolicies.introduction,
      principal,
      proposalRelations(this.dataSource, principal, {
        jobSeekerId: parties.jobSeekerId,
        organisationId: parties.employer.organisationId,
        reviewRegionId: parties.reviewRegionId,
      }),
    );
    if (parties.status !== MatchProposalStatus.APPROVED)
      throw new ForbiddenError(
        'who the person is and how to reach either side is shown only after an account manager approved the match',
      );
    const decision = await this.dataSource
      .getRepository(MatchDecisionEntity)
      .findOneBy({ proposalId });
    const candidatePurpose = CANDIDATE_PURPOSE[principal.role];
    const candidate = candidatePurpose ? person(parties.jobSeeker) : null;
    const employerContact = parties.employer.contact;
    // A colleague of the same organisation reads a member they see anyway; everyone else reads personal data.
    const employerRead =
      employerContact !== null &&
      employerContact.userId !== principal.userId &&
      principal.role !== Role.EMPLOYER;
    const reads = [
      ...(candidate && candidatePurpose
        ? [{ subjectUserId: parties.jobSeekerId, purpose: candidatePurpose }]
        : []),
      ...(employerRead && employerContact
        ? [
            {
              subjectUserId: employerContact.userId,
              purpose: 'introduction after an approved match: the employer’s contact person',
            },
          ]
        : []),
    ];
    // One statement for both reads: both are recorded, or neither and the introduction fails.
    await recordAuditEvents(
      this.dataSource.manager,
      reads.map((read) => ({
        actor: principal,
        subjectUserId: read.subjectUserId,
        action: AuditAction.READ,
        resource: { type: 'match-introduction', id: proposalId },
        purpose: read.purpose,
        requestId: requestId(),
      })),
    );
    return {
      proposalId,
      vacancyId: parties.vacancyId,
      vacancyTitle: parties.vacancyTitle,
      introducedAt: decision?.introducedAt ?? decision?.decidedAt ?? new Date(0),
      candidate,
      employer: {
        organisationId: parties.employer.organisationId,
        name: parties.employer.name,
        street: parties.employer.street,
        houseNumber: parties.employer.houseNumber,
        postcode: parties.employer.postcode,
        city: parties.employer.city,
        contact: person(employerContact),
      },
    };
  }
}
