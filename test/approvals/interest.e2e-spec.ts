import type { DataSource } from 'typeorm';
import { CaseloadAssignmentEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { MatchProposalSource } from '@werkmatch/matching/data-access';
import type { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import type { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { seedOrganisation, seedProfile, seedVacancy } from '../matching/match-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { codeOf, REJECT, seedOpenProposal, snapshotOf, userWithToken } from './approval-fixtures';

const INTEREST = `mutation($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    id status source score interests talentProfileId vacancyId
    explanation { kind nl score }
  }
}`;

interface Interest {
  id: string;
  status: string;
  source: string;
  score: number;
  interests: string[];
  talentProfileId: string;
  explanation: { kind: string; nl: string; score: number }[];
}

/*
 * Interest from both sides and proposals by a coach (issue 7, item 3): each creates or raises the pair's one
 * proposal with its source, scored and explained by the domain scorer, in the account manager's queue.
 */
describe('Interest in a match from either side', () => {
  let api: TestApp;
  let db: DataSource;
  let taxonomy: SeededTaxonomy;
  let region: { regionId: string; postcode: string };
  let vacancy: VacancyEntity;
  let draft: VacancyEntity;
  let tokens: Record<'manager' | 'employer' | 'otherEmployer' | 'coach' | 'otherCoach', string>;
  let coach: UserEntity;

  beforeAll(async () => {
    api = await startTestApp();
    db = dataSourceOf(api);
    taxonomy = await seedTaxonomy(api);
    region = await seedRegion(api, 'Houten', '3991');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep De Lek');
    const other = await seedOrganisation(db, region.regionId, true, 'Andere Zorg BV');
    vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      status: VacancyStatus.PUBLISHED,
    });
    draft = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      status: VacancyStatus.DRAFT,
    });
    const c = await userWithToken(api, Role.COACH);
    coach = c.user;
    tokens = {
      manager: (await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId }))
        .token,
      employer: (await userWithToken(api, Role.EMPLOYER, { organisationId: organisation.id }))
        .token,
      otherEmployer: (await userWithToken(api, Role.EMPLOYER, { organisationId: other.id })).token,
      coach: c.token,
      otherCoach: (await userWithToken(api, Role.COACH)).token,
    };
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  let ip = 0;
  const person = async (
    hours = { min: 16, max: 24 },
  ): Promise<{ user: UserEntity; profile: TalentProfileEntity; token: string }> => {
    const { user, profile } = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
      hours,
    });
    await db
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: user.id, assignedBy: user.id });
    ip += 1;
    return {
      user,
      profile,
      token: (await login(api, user.email, PASSWORD, `10.79.0.${ip}`)).accessToken,
    };
  };

  const interest = (input: Record<string, unknown>, token: string) =>
    api.gql.request<{ expressInterest: Interest }>(INTEREST, { input }, { token });

  it('turns a job seeker’s interest in a published vacancy into an explained proposal in the account manager’s queue', async () => {
    const seeker = await person();
    const { data, errors } = await interest({ vacancyId: vacancy.id }, seeker.token);
    expect(errors).toBeUndefined();
    const proposal = data?.expressInterest as Interest;
    expect(proposal).toMatchObject({
      status: 'OPEN',
      source: 'JOB_SEEKER_INTEREST',
      interests: ['JOB_SEEKER_INTEREST'],
      talentProfileId: seeker.profile.id,
    });
    expect(proposal.score).toBeGreaterThan(0);
    expect(proposal.explanation.find((item) => item.kind === 'REQUIRED_SKILLS')?.nl).toMatch(
      /vereiste vaardigheden/,
    );
    const queue = await api.gql.data<{
      approvalQueue: { items: { id: string; interests: string[] }[] };
    }>(
      `query($f: ApprovalQueueFilter) { approvalQueue(filter: $f, first: 50) { items { id interests } } }`,
      { f: { sources: ['JOB_SEEKER_INTEREST'] } },
      { token: tokens.manager },
    );
    expect(queue.approvalQueue.items).toEqual([
      { id: proposal.id, interests: ['JOB_SEEKER_INTEREST'] },
    ]);
    const [audit] = (await db.query(
      `SELECT action, actor_role FROM audit_event WHERE resource_type = 'match-interest' AND resource_id = $1`,
      [proposal.id],
    )) as { action: string; actor_role: string }[];
    expect(audit).toEqual({ action: 'CREATE', actor_role: 'JOB_SEEKER' });
    const history = await api.gql.data<{ myMatches: { items: { id: string }[] } }>(
      '{ myMatches { items { id } } }',
      {},
      { token: seeker.token },
    );
    expect(history.myMatches.items.map((item) => item.id)).toEqual([proposal.id]);
  });

  it('raises the same proposal when the employer is interested in the same person, keeping who asked first', async () => {
    const seeker = await person();
    const first = await interest({ vacancyId: vacancy.id }, seeker.token);
    const { data, errors } = await interest(
      { vacancyId: vacancy.id, talentProfileId: seeker.profile.id },
      tokens.employer,
    );
    expect(errors).toBeUndefined();
    expect(data?.expressInterest).toMatchObject({
      id: first.data?.expressInterest.id,
      source: 'JOB_SEEKER_INTEREST',
      interests: ['JOB_SEEKER_INTEREST', 'EMPLOYER_INTEREST'],
    });
    const [{ n }] = (await db.query(
      'SELECT count(*)::int AS n FROM match_proposal WHERE profile_id = $1 AND vacancy_id = $2',
      [seeker.profile.id, vacancy.id],
    )) as [{ n: number }];
    expect(n).toBe(1);
    // The employer's history shows the profile they asked for; who it is waits for an approval.
    const history = await api.gql.data<{
      organisationMatches: { items: { id: string; talentProfile: { id: string } }[] };
    }>(
      '{ organisationMatches(first: 50) { items { id talentProfile { id } } } }',
      {},
      { token: tokens.employer },
    );
    expect(history.organisationMatches.items).toContainEqual({
      id: first.data?.expressInterest.id,
      talentProfile: { id: seeker.profile.id },
    });
  });

  it('lets an employer ask only for their own organisation’s vacancy and a published profile', async () => {
    const seeker = await person();
    expect(
      codeOf(
        await interest(
          { vacancyId: vacancy.id, talentProfileId: seeker.profile.id },
          tokens.otherEmployer,
        ),
      ),
    ).toBe('FORBIDDEN');
    await db.query(`UPDATE talent_profile SET status = $2 WHERE id = $1`, [
      seeker.profile.id,
      TalentProfileStatus.PAUSED,
    ]);
    expect(
      codeOf(
        await interest(
          { vacancyId: vacancy.id, talentProfileId: seeker.profile.id },
          tokens.employer,
        ),
      ),
    ).toBe('NOT_FOUND');
    const draftInterest = await interest(
      { vacancyId: draft.id, talentProfileId: seeker.profile.id },
      tokens.employer,
    );
    expect(codeOf(draftInterest)).toBe('INVALID_TRANSITION');
    const missing = await interest({ vacancyId: vacancy.id }, tokens.employer);
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.talentProfileId',
    });
  });

  it('lets a coach propose a person of their caseload, and no one else’s', async () => {
    const seeker = await person();
    const { data, errors } = await interest(
      { vacancyId: vacancy.id, jobSeekerId: seeker.user.id },
      tokens.coach,
    );
    expect(errors).toBeUndefined();
    expect(data?.expressInterest).toMatchObject({
      source: MatchProposalSource.COACH,
      interests: ['COACH'],
    });
    const refused = await interest(
      { vacancyId: vacancy.id, jobSeekerId: seeker.user.id },
      tokens.otherCoach,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // A job seeker cannot ask on someone else's behalf.
    const other = await person();
    expect(
      codeOf(await interest({ vacancyId: vacancy.id, jobSeekerId: seeker.user.id }, other.token)),
    ).toBe('FORBIDDEN');
  });

  it('raises an engine proposal, reopening one the engine withdrew, instead of making a second', async () => {
    const seeker = await person();
    const engine = await seedOpenProposal(db, seeker.profile, vacancy, 55);
    await db.query(
      `UPDATE match_proposal SET status = 'WITHDRAWN', withdrawal_reason = 'NO_LONGER_QUALIFIES' WHERE id = $1`,
      [engine.id],
    );
    const { data } = await interest({ vacancyId: vacancy.id }, seeker.token);
    expect(data?.expressInterest).toMatchObject({
      id: engine.id,
      status: 'OPEN',
      source: 'JOB_SEEKER_INTEREST',
    });
    const [row] = (await db.query('SELECT withdrawal_reason FROM match_proposal WHERE id = $1', [
      engine.id,
    ])) as {
      withdrawal_reason: string | null;
    }[];
    expect(row?.withdrawal_reason).toBeNull();
  });

  it('keeps a pair that fails a hard condition, with its reasons for the account manager and not for the employer', async () => {
    // Hours that do not overlap the vacancy's 16–24.
    const seeker = await person({ min: 4, max: 8 });
    const { data, errors } = await interest({ vacancyId: vacancy.id }, seeker.token);
    expect(errors).toBeUndefined();
    const proposal = data?.expressInterest as Interest;
    expect(proposal.explanation.find((item) => item.kind === 'HOURS')?.score).toBe(0);
    const eligibility = `query($f: ApprovalQueueFilter) {
      approvalQueue(filter: $f, first: 20) { items { id eligibility { eligible reasons { code nl en } } } }
    }`;
    const queue = await api.gql.data<{
      approvalQueue: {
        items: { id: string; eligibility: { eligible: boolean; reasons: { code: string }[] } }[];
      };
    }>(eligibility, { f: { vacancyId: vacancy.id } }, { token: tokens.manager });
    expect(queue.approvalQueue.items.find((item) => item.id === proposal.id)?.eligibility).toEqual({
      eligible: false,
      reasons: [expect.objectContaining({ code: 'HOURS_DO_NOT_OVERLAP' })],
    });
    // The employer asks for the same person: their history shows the pair, but never why it fails a condition
    // (a reason may reveal a participation level or an indication).
    await interest({ vacancyId: vacancy.id, talentProfileId: seeker.profile.id }, tokens.employer);
    const employerView = await api.gql.request<{
      organisationMatches: { items: { id: string; eligibility: unknown }[] };
    }>(
      `{ organisationMatches(first: 50) { items { id eligibility { eligible } } } }`,
      {},
      { token: tokens.employer },
    );
    expect(codeOf(employerView)).toBe('FORBIDDEN');
    expect(
      employerView.data?.organisationMatches.items.find((item) => item.id === proposal.id),
    ).toEqual({
      id: proposal.id,
      eligibility: null,
    });
  });

  it('refuses interest in a vacancy that is not published and in a pair already rejected, changing nothing', async () => {
    const seeker = await person();
    expect(codeOf(await interest({ vacancyId: draft.id }, seeker.token))).toBe('NOT_FOUND');
    const proposal = await seedOpenProposal(db, seeker.profile, vacancy);
    await api.gql.data(REJECT, { id: proposal.id, reason: 'SKILLS' }, { token: tokens.manager });
    const before = await snapshotOf(db, proposal.id);
    const again = await interest({ vacancyId: vacancy.id }, seeker.token);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/rejected by an account manager already/);
    expect(await snapshotOf(db, proposal.id)).toEqual(before);
    const [{ n }] = (await db.query(
      'SELECT count(*)::int AS n FROM match_interest WHERE proposal_id = $1',
      [proposal.id],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });
});
