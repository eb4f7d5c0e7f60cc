import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MatchDecisionEntity, PlacementEntity } from '@werkmatch/approvals/data-access';
import { followUpDueOn, MatchDecisionKind, MatchOutcome } from '@werkmatch/approvals/domain';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { MatchProposalEntity, MatchProposalStatus } from '@werkmatch/matching/data-access';
import { Relation } from '@werkmatch/platform/access-control';
import { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import { ContractType, RouteType } from '@werkmatch/work/domain';
import {
  createUser,
  dataSourceOf,
  login,
  PASSWORD,
  uniqueEmail,
} from '../identity/identity-fixtures';
import type { TestApp } from '../support/test-app';

/** Who calls: nobody, one user per role, and per relation a user of the same role on the other side of it. */
export type ActorName = 'anonymous' | Role | `${Role} (other ${Relation})`;

export interface Actor {
  name: ActorName;
  role?: Role;
  user?: UserEntity;
  /** The actor's access token; `fresh` logs in again for a call that may end the session. */
  token(fresh?: boolean): Promise<string | undefined>;
}

/**
 * The people and data the matrix calls with. The plain role actors are on the inside of every relation
 * (the coach has `jobSeeker` in their caseload, the employer belongs to `organisation`, the account manager
 * works for `regionId`); the "other" actors are on the outside.
 */
export interface World {
  api: TestApp;
  actors: Actor[];
  jobSeeker: UserEntity;
  /** A job seeker nobody's caseload depends on, for operations that move or remove one. */
  spareJobSeeker: UserEntity;
  coach: UserEntity;
  employer: UserEntity;
  /** A member of `organisation` that an operation may remove. */
  colleague: UserEntity;
  organisation: EmployerOrganisationEntity;
  regionId: string;
  /** A draft vacancy of `organisation`, reviewed by the service point of `regionId`. */
  vacancy: VacancyEntity;
  /** A closed vacancy of `organisation`: any change of it is refused, but only after authorization decided. */
  closedVacancy: VacancyEntity;
  /** The published talent profile of `jobSeeker`, in `coach`'s caseload. */
  talentProfile: TalentProfileEntity;
  /**
   * An approved proposal of `talentProfile` for `vacancy` (review region `regionId`), already placed: every
   * further decision, outcome or placement on it is an invalid transition.
   */
  approvedProposalId: string;
  /** Its paid placement, started today: the six-month follow-up is not due. */
  placementId: string;
  /** A user with a known password, for login and tokens; `session()` logs them in afresh. */
  loginUser: UserEntity;
  session(): Promise<{ accessToken: string; refreshToken: string }>;
}

function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

function organisationRow(name: string, regionId: string): Partial<EmployerOrganisationEntity> {
  return {
    name,
    kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
    street: 'Onderdoor',
    houseNumber: '1',
    postcode: '3991AB',
    city: 'Houten',
    sector: 'Zorg',
    regionId,
    verifiedAt: null,
    verifiedBy: null,
  };
}

export async function buildWorld(api: TestApp): Promise<World> {
  const db = dataSourceOf(api);
  const regionId = randomUUID();
  const otherRegionId = randomUUID();
  const organisations = db.getRepository(EmployerOrganisationEntity);
  const organisation = await organisations.save(organisationRow('Houtens Hart', regionId));
  const otherOrganisation = await organisations.save(organisationRow('Elders BV', otherRegionId));

  const jobSeeker = await createUser(api, Role.JOB_SEEKER);
  const otherJobSeeker = await createUser(api, Role.JOB_SEEKER);
  const spareJobSeeker = await createUser(api, Role.JOB_SEEKER);
  const coach = await createUser(api, Role.COACH);
  const otherCoach = await createUser(api, Role.COACH);
  const employer = await createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
  const colleague = await createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
  const otherEmployer = await createUser(api, Role.EMPLOYER, {
    organisationId: otherOrganisation.id,
  });
  const accountManager = await createUser(api, Role.ACCOUNT_MANAGER, { regionId });
  const otherAccountManager = await createUser(api, Role.ACCOUNT_MANAGER, {
    regionId: otherRegionId,
  });
  const admin = await createUser(api, Role.ADMIN);
  const loginUser = await createUser(api, Role.JOB_SEEKER, { email: uniqueEmail('login') });
  const caseloads = db.getRepository(CaseloadAssignmentEntity);
  await caseloads.save({ coachId: coach.id, jobSeekerId: jobSeeker.id, assignedBy: admin.id });
  await caseloads.save({
    coachId: otherCoach.id,
    jobSeekerId: otherJobSeeker.id,
    assignedBy: admin.id,
  });

  const vacancies = db.getRepository(VacancyEntity);
  const vacancyRow = (status: VacancyStatus): Partial<VacancyEntity> => ({
    organisationId: organisation.id,
    createdByUserId: employer.id,
    status,
    title: 'Gastheer lunchroom',
    description: 'Ontvang gasten in onze lunchroom in Houten.',
    routeType: RouteType.VOLUNTEER,
    hoursMin: 8,
    hoursMax: 16,
    remote: true,
    reviewRegionId: regionId,
    closingDate: '2099-12-31',
  });
  const vacancy = await vacancies.save(vacancyRow(VacancyStatus.DRAFT));
  const closedVacancy = await vacancies.save(vacancyRow(VacancyStatus.CLOSED));

  const publishedAt = new Date();
  const talentProfile = await db.getRepository(TalentProfileEntity).save({
    jobSeekerId: jobSeeker.id,
    status: TalentProfileStatus.PUBLISHED,
    headline: 'Handige doener',
    hoursMin: 16,
    hoursMax: 24,
    travelKm: 10,
    publishedAt,
    confirmedAt: publishedAt,
  });

  const { approvedProposalId, placementId } = await seedPlacedMatch(db, {
    talentProfile,
    vacancy,
    regionId,
    accountManagerId: accountManager.id,
  });

  const actor = (name: ActorName, user?: UserEntity): Actor => {
    let cached: string | undefined;
    return {
      name,
      role: user?.role,
      user,
      async token(fresh = false) {
        if (!user) return undefined;
        // A fresh session is used once and not kept: the call it is for may end it.
        if (fresh) return (await login(api, user.email, PASSWORD, randomIp())).accessToken;
        cached ??= (await login(api, user.email, PASSWORD, randomIp())).accessToken;
        return cached;
      },
    };
  };
  return {
    api,
    actors: [
      actor('anonymous'),
      actor(Role.JOB_SEEKER, jobSeeker),
      actor(Role.COACH, coach),
      actor(Role.EMPLOYER, employer),
      actor(Role.ACCOUNT_MANAGER, accountManager),
      actor(Role.ADMIN, admin),
      actor(`${Role.JOB_SEEKER} (other ownership)`, otherJobSeeker),
      actor(`${Role.COACH} (other caseload)`, otherCoach),
      actor(`${Role.EMPLOYER} (other organisation)`, otherEmployer),
      actor(`${Role.ACCOUNT_MANAGER} (other region)`, otherAccountManager),
    ],
    jobSeeker,
    spareJobSeeker,
    coach,
    employer,
    colleague,
    organisation,
    regionId,
    vacancy,
    closedVacancy,
    talentProfile,
    approvedProposalId,
    placementId,
    loginUser,
    async session() {
      return login(api, loginUser.email, PASSWORD, randomIp());
    },
  };
}

/** A match approved by the region's account manager and placed today in paid work, straight in the database. */
async function seedPlacedMatch(
  db: DataSource,
  seed: {
    talentProfile: TalentProfileEntity;
    vacancy: VacancyEntity;
    regionId: string;
    accountManagerId: string;
  },
): Promise<{ approvedProposalId: string; placementId: string }> {
  const now = new Date();
  const proposal = await db.getRepository(MatchProposalEntity).save({
    profileId: seed.talentProfile.id,
    vacancyId: seed.vacancy.id,
    jobSeekerId: seed.talentProfile.jobSeekerId,
    reviewRegionId: seed.regionId,
    score: 70,
    explanation: [],
    profileVersion: seed.talentProfile.version,
    vacancyVersion: seed.vacancy.version,
    status: MatchProposalStatus.APPROVED,
    computedAt: now,
  });
  await db.getRepository(MatchDecisionEntity).insert({
    proposalId: proposal.id,
    decision: MatchDecisionKind.APPROVED,
    decidedByUserId: seed.accountManagerId,
    decidedAt: now,
    outcome: MatchOutcome.PLACED,
    introducedAt: now,
  });
  const startDate = amsterdamDate(now);
  const placement = await db.getRepository(PlacementEntity).save({
    proposalId: proposal.id,
    vacancyId: seed.vacancy.id,
    jobSeekerId: seed.talentProfile.jobSeekerId,
    organisationId: seed.vacancy.organisationId,
    reviewRegionId: seed.regionId,
    startDate,
    hoursPerWeek: 16,
    routeType: RouteType.PAID_JOB,
    contractType: ContractType.FIXED_TERM,
    paid: true,
    recordedByUserId: seed.accountManagerId,
    followUpDueOn: followUpDueOn(startDate),
  });
  return { approvedProposalId: proposal.id, placementId: placement.id };
}

export { randomIp };
