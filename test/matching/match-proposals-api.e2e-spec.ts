import type { DataSource } from 'typeorm';
import { CaseloadAssignmentEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { MatchProposalEntity, MatchProposalStatus } from '@werkmatch/matching/data-access';
import { scoreMatch } from '@werkmatch/matching/domain';
import { CefrLevel, RouteType, SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { seedOrganisation, seedProfile, seedVacancy } from './match-fixtures';

const PROPOSALS = `query($v: ID, $s: ID, $first: Int, $after: String) {
  matchProposals(vacancyId: $v, jobSeekerId: $s, first: $first, after: $after) {
    items {
      id status score talentProfileId vacancyId profileVersion vacancyVersion
      explanation { kind nl en missingSkillIds }
      vacancy { id title }
      talentProfile { id headline }
    }
    nextCursor
  }
}`;

interface Page {
  matchProposals: {
    items: {
      id: string;
      status: string;
      score: number;
      talentProfileId: string;
      explanation: { kind: string; nl: string; en: string; missingSkillIds: string[] }[];
      vacancy: { id: string } | null;
      talentProfile: { id: string; headline: string | null } | null;
    }[];
    nextCursor: string | null;
  };
}

/*
 * Who sees which match proposals over GraphQL (issue 6, item 8). Proposals are written straight to the
 * database here: what the engine makes is the other suite's business.
 */
describe('matchProposals and recomputeMatches over GraphQL', () => {
  let api: TestApp;
  let db: DataSource;
  let vacancyId: string;
  let forkliftSkillId: string;
  const seekers: { id: string; email: string; profileId: string }[] = [];
  const tokens: Partial<Record<string, string>> = {};

  beforeAll(async () => {
    api = await startTestApp();
    db = dataSourceOf(api);
    const taxonomy = await seedTaxonomy(api);
    forkliftSkillId = taxonomy.forkliftSkill.id;
    const region = await seedRegion(api, 'Houten', '3991');
    const other = await seedRegion(api, 'Gooi en Vechtstreek', '1411');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep De Lek');
    const vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id, taxonomy.forkliftSkill.id],
    });
    vacancyId = vacancy.id;
    // Three people proposed for the vacancy: one approved, one open, one rejected.
    const statuses = [
      MatchProposalStatus.APPROVED,
      MatchProposalStatus.OPEN,
      MatchProposalStatus.REJECTED,
    ];
    const care = { id: taxonomy.careSkill.id, label: 'empathie tonen' };
    const { items } = scoreMatch(
      {
        skills: [{ ...care, level: SkillLevel.COMPETENT }],
        wantedOccupations: [],
        educationLevel: null,
        dutchLevel: CefrLevel.B1,
        hours: { min: 16, max: 24 },
        earliestStart: null,
        location: { lat: 52, lon: 5.1 },
        travelKm: 15,
        wantedRouteTypes: [RouteType.PAID_JOB],
        participationLevel: null,
        hasShelteredWorkIndication: false,
        inJobAgreementRegister: false,
      },
      {
        requiredSkills: [care, { id: taxonomy.forkliftSkill.id, label: 'operate forklift' }],
        niceToHaveSkills: [],
        occupation: null,
        occupationEssentialSkills: [],
        routeType: RouteType.PAID_JOB,
        hours: { min: 16, max: 24 },
        location: { lat: 52, lon: 5.1 },
        remote: false,
        minDutchLevel: CefrLevel.A2,
        educationLevel: null,
        inclusiveOptions: [],
        reservedForJobAgreement: false,
        closingDate: null,
      },
    );
    for (const [index, status] of statuses.entries()) {
      const { user, profile } = await seedProfile(api, region, {
        skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
      });
      seekers.push({ id: user.id, email: user.email, profileId: profile.id });
      await db.getRepository(MatchProposalEntity).insert({
        profileId: profile.id,
        vacancyId,
        jobSeekerId: user.id,
        reviewRegionId: region.regionId,
        score: 80 - index * 5,
        explanation: items,
        profileVersion: profile.version,
        vacancyVersion: vacancy.version,
        status,
        computedAt: new Date(),
      });
    }
    const users = {
      employer: await createUser(api, Role.EMPLOYER, { organisationId: organisation.id }),
      accountManager: await createUser(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId }),
      otherAccountManager: await createUser(api, Role.ACCOUNT_MANAGER, {
        regionId: other.regionId,
      }),
      coach: await createUser(api, Role.COACH),
      otherCoach: await createUser(api, Role.COACH),
      admin: await createUser(api, Role.ADMIN),
    };
    const admin = users.admin;
    await db.getRepository(CaseloadAssignmentEntity).save({
      coachId: users.coach.id,
      jobSeekerId: seekers[1]?.id as string,
      assignedBy: admin.id,
    });
    let ip = 10;
    for (const [name, user] of Object.entries(users))
      tokens[name] = (await login(api, user.email, PASSWORD, `10.7.0.${ip++}`)).accessToken;
    for (const [index, seeker] of seekers.entries())
      tokens[`seeker${index}`] = (
        await login(api, seeker.email, PASSWORD, `10.7.1.${index}`)
      ).accessToken;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const ask = (who: string, variables: Record<string, unknown>) =>
    api.gql.request<Page>(PROPOSALS, variables, { token: tokens[who] });

  it('shows an employer only the approved proposals of their vacancy, with the anonymised profile', async () => {
    const { data, errors } = await ask('employer', { v: vacancyId });
    expect(errors).toBeUndefined();
    const items = data?.matchProposals.items ?? [];
    expect(items.map((item) => item.status)).toEqual(['APPROVED']);
    expect(items[0]?.talentProfile).toEqual(
      expect.objectContaining({ id: seekers[0]?.profileId, headline: 'Zorgzaam en op tijd' }),
    );
    expect(items[0]?.vacancy?.id).toBe(vacancyId);
  });

  it('shows the account manager of the review region every proposal, best first, explained in Dutch and English', async () => {
    const { data, errors } = await ask('accountManager', { v: vacancyId });
    expect(errors).toBeUndefined();
    const items = data?.matchProposals.items ?? [];
    expect(items.map((item) => item.status)).toEqual(['APPROVED', 'OPEN', 'REJECTED']);
    expect(items.map((item) => item.score)).toEqual([80, 75, 70]);
    const skills = items[0]?.explanation.find((item) => item.kind === 'REQUIRED_SKILLS');
    expect(skills?.nl).toMatch(/vereiste vaardigheden/);
    expect(skills?.en).toMatch(/required skills/);
    // The forklift skill is the step that would open the match further.
    expect(skills?.missingSkillIds).toEqual([forkliftSkillId]);
  });

  it('refuses the account manager of another region', async () => {
    const { data, errors } = await ask('otherAccountManager', { v: vacancyId });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(data?.matchProposals ?? null).toBeNull();
  });

  it('pages with a cursor without repeating or skipping a proposal', async () => {
    const first = await ask('accountManager', { v: vacancyId, first: 2 });
    const cursor = first.data?.matchProposals.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await ask('accountManager', { v: vacancyId, first: 2, after: cursor });
    const ids = [
      ...(first.data?.matchProposals.items ?? []),
      ...(second.data?.matchProposals.items ?? []),
    ].map((item) => item.id);
    expect(new Set(ids).size).toBe(3);
    expect(second.data?.matchProposals.nextCursor).toBeNull();
  });

  it('shows a job seeker only their approved proposals', async () => {
    const own = await ask('seeker0', { s: seekers[0]?.id });
    expect(own.data?.matchProposals.items.map((item) => item.status)).toEqual(['APPROVED']);
    const openOnly = await ask('seeker1', { s: seekers[1]?.id });
    expect(openOnly.data?.matchProposals.items).toEqual([]);
    const someoneElse = await ask('seeker1', { s: seekers[0]?.id });
    expect(someoneElse.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows a coach the proposals of their caseload, audited, and refuses other coaches', async () => {
    const mine = await ask('coach', { s: seekers[1]?.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.matchProposals.items.map((item) => item.status)).toEqual(['OPEN']);
    const [audit] = (await db.query(
      `SELECT purpose FROM audit_event WHERE subject_user_id = $1 AND resource_type = 'match-proposals'`,
      [seekers[1]?.id],
    )) as { purpose: string }[];
    expect(audit?.purpose).toMatch(/match proposals/);
    const other = await ask('otherCoach', { s: seekers[1]?.id });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('lets an administrator start a recomputation and follow it in the queue overview', async () => {
    const started = await api.gql.data<{ recomputeMatches: { jobId: string; state: string } }>(
      'mutation { recomputeMatches { jobId state } }',
      {},
      { token: tokens['admin'] },
    );
    expect(started.recomputeMatches.jobId).toEqual(expect.any(String));
    // Nobody processes it in this API-only app: asking again returns the same run instead of a second one.
    const again = await api.gql.data<{ recomputeMatches: { jobId: string } }>(
      'mutation { recomputeMatches { jobId } }',
      {},
      { token: tokens['admin'] },
    );
    expect(again.recomputeMatches.jobId).toBe(started.recomputeMatches.jobId);
    const overview = await api.gql.data<{ queueOverview: { name: string; waiting: number }[] }>(
      '{ queueOverview { name waiting active failed failedJobs { id failedReason } activeJobs { id progress } } }',
      {},
      { token: tokens['admin'] },
    );
    expect(overview.queueOverview.find((queue) => queue.name === 'matching')?.waiting).toBe(1);
    const refused = await api.gql.request(
      'mutation { recomputeMatches { jobId } }',
      {},
      {
        token: tokens['accountManager'],
      },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
