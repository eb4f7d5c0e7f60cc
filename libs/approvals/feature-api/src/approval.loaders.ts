import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  loadMatchParties,
  MatchDecisionEntity,
  MatchInterestEntity,
  PlacementEntity,
} from '@werkmatch/approvals/data-access';
import { AuditAction, recordAuditEvents } from '@werkmatch/audit/data-access';
import { Principal, Role } from '@werkmatch/identity/domain';
import { loadMatchProfiles, loadMatchVacancies } from '@werkmatch/matching/data-access';
import { Eligibility, isEligible } from '@werkmatch/matching/domain';
import { requestListLoader, requestLoader } from '@werkmatch/platform/request-loaders';
import type { ProposedPerson } from './approval.model';
import { requestId } from './proposal-access';

/*
 * Per-request loaders of what approvals add to a proposal: a page of proposals costs one batch per field,
 * whatever its length.
 */

export function decisionLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, MatchDecisionEntity | null> {
  return requestLoader(
    req,
    'approvals.decision',
    (ids: readonly string[]) =>
      dataSource.getRepository(MatchDecisionEntity).findBy({ proposalId: In([...ids]) }),
    (decision) => decision.proposalId,
  );
}

export function interestsLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, MatchInterestEntity[]> {
  return requestListLoader(
    req,
    'approvals.interests',
    (ids: readonly string[]) =>
      dataSource
        .getRepository(MatchInterestEntity)
        .find({ where: { proposalId: In([...ids]) }, order: { createdAt: 'ASC' } }),
    (interest) => interest.proposalId,
  );
}

export function placementLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, PlacementEntity | null> {
  return requestLoader(
    req,
    'approvals.placement',
    (ids: readonly string[]) =>
      dataSource.getRepository(PlacementEntity).findBy({ proposalId: In([...ids]) }),
    (placement) => placement.proposalId as string,
  );
}

/** The key of the eligibility loader: a profile and a vacancy, as the parent proposal carries them. */
export function eligibilityKey(proposal: { talentProfileId: string; vacancyId: string }): string {
  return `${proposal.talentProfileId}:${proposal.vacancyId}`;
}

/**
 * Eligibility now, from the rows as they are: stored nowhere, so it never goes stale. Keyed by the pair
 * (`eligibilityKey`), so the proposal itself is not read again.
 */
export function eligibilityLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, { key: string; eligibility: Eligibility } | null> {
  return requestLoader(
    req,
    'approvals.eligibility',
    async (keys: readonly string[]) => {
      const pairs = keys.map((key) => {
        const [profileId, vacancyId] = key.split(':');
        return { key, profileId, vacancyId };
      });
      const [profiles, vacancies] = await Promise.all([
        loadMatchProfiles(
          dataSource,
          pairs.map((pair) => pair.profileId),
        ),
        loadMatchVacancies(
          dataSource,
          pairs.map((pair) => pair.vacancyId),
        ),
      ]);
      return pairs.flatMap((pair) => {
        const candidate = profiles.get(pair.profileId)?.candidate;
        const vacancy = vacancies.get(pair.vacancyId);
        return candidate && vacancy
          ? [{ key: pair.key, eligibility: isEligible(candidate, vacancy.input) }]
          : [];
      });
    },
    (row) => row.key,
  );
}

const PERSON_PURPOSE: Partial<Record<Role, string>> = {
  [Role.ACCOUNT_MANAGER]: 'approval queue: who the proposed person and their coach are',
  [Role.COACH]: 'coach reviews the proposals of a job seeker of their caseload',
};

/**
 * Who the proposed person and their coach are, for the account managers of the proposal's region and the
 * person's coach; rows outside the caller's region or caseload come back null. One audited READ per proposal
 * shown, written in one statement per batch.
 */
export function personLoader(
  req: object,
  dataSource: DataSource,
  principal: Principal,
): DataLoader<string, (ProposedPerson & { proposalId: string }) | null> {
  return requestLoader(
    req,
    'approvals.person',
    async (ids: readonly string[]) => {
      const purpose = PERSON_PURPOSE[principal.role];
      if (!purpose) return [];
      const parties = [...(await loadMatchParties(dataSource, ids)).values()].filter((party) =>
        principal.role === Role.ACCOUNT_MANAGER
          ? party.reviewRegionId !== null && party.reviewRegionId === principal.regionId
          : party.coach?.userId === principal.userId,
      );
      const shown = parties.filter((party) => party.jobSeeker !== null);
      // One statement for the page: all its reads are recorded, or none and the page fails.
      await recordAuditEvents(
        dataSource.manager,
        shown.map((party) => ({
          actor: principal,
          subjectUserId: party.jobSeekerId,
          action: AuditAction.READ,
          resource: { type: 'match-proposal', id: party.proposalId },
          purpose,
          requestId: requestId(),
        })),
      );
      return shown.map((party) => ({
        proposalId: party.proposalId,
        jobSeekerId: party.jobSeekerId,
        fullName: party.jobSeeker?.fullName ?? '',
        coach: party.coach
          ? {
              userId: party.coach.userId,
              fullName: party.coach.fullName,
              email: party.coach.email,
              phone: party.coach.phone,
            }
          : null,
      }));
    },
    (row) => row.proposalId,
  );
}
