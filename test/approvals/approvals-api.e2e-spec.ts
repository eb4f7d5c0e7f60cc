import type { DataSource } from 'typeorm';
import { CaseloadAssignmentEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { MatchProposalEntity, MatchProposalStatus } from '@werkmatch/matching/data-access';
import { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { addMonths, amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import { RouteType, SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { seedOrganisation, seedProfile, seedVacancy } from '../matching/match-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import {
  APPROVE,
  codeOf,
  INTRODUCTION,
  NOTIFICATIONS,
  NotificationView,
  OUTCOME,
  PLACE,
  PROPOSAL_FIELDS,
  ProposalView,
  QUEUE,
  REJECT,
  seedOpenProposal,
  snapshotOf,
  userWithToken,
} from './approval-fixtures';

const QUEUE_IDS = `query($filter: ApprovalQueueFilter, $first: Int) {
  approvalQueue(filter: $filter, first: $first) { items { id } }
}`;

const BATCH = `mutation($d: [MatchDecisionInput!]!) {
  decideMatchProposals(decisions: $d) { proposalId proposal { id status } error { code message field } }
}`;

interface Person {
  user: UserEntity;
  profile: TalentProfileEntity;
  token: string;
}

/*
 * The account manager's queue and decisions, who sees what, and the outcome steps, over GraphQL against real
 * services (issue 7, items 1, 2, 5, 6 and 7). Proposals are written straight to the database: what the engine
 * makes is the other suites' business.
 */
describe('Approvals over GraphQL', () => {
  let api: TestApp;
  let db: DataSource;
  let taxonomy: SeededTaxonomy;
  let region: { regionId: string; postcode: string };
  let vacancy: VacancyEntity;
  let volunteering: VacancyEntity;
  let tokens: Record<
    'manager' | 'otherManager' | 'employer' | 'coach' | 'otherCoach' | 'admin',
    string
  >;
  let manager: UserEntity;
  let coach: UserEntity;

  beforeAll(async () => {
    api = await startTestApp();
    db = dataSourceOf(api);
    taxonomy = await seedTaxonomy(api);
    region = await seedRegion(api, 'Houten', '3991');
    const elsewhere = await seedRegion(api, 'Gooi en Vechtstreek', '1411');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep De Lek');
    vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      status: VacancyStatus.PUBLISHED,
    });
    volunteering = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      routeType: RouteType.VOLUNTEER,
      status: VacancyStatus.PUBLISHED,
    });
    // As an employer would have posted them: the paid job with its contract, room for several volunteers.
    await db.query(
      `UPDATE vacancy SET contract_type = 'FIXED_TERM', positions = 10 WHERE id = $1`,
      [vacancy.id],
    );
    await db.query(`UPDATE vacancy SET positions = 5 WHERE id = $1`, [volunteering.id]);
    const m = await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId });
    manager = m.user;
    const c = await userWithToken(api, Role.COACH);
    coach = c.user;
    tokens = {
      manager: m.token,
      otherManager: (
        await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: elsewhere.regionId })
      ).token,
      employer: (await userWithToken(api, Role.EMPLOYER, { organisationId: organisation.id }))
        .token,
      coach: c.token,
      otherCoach: (await userWithToken(api, Role.COACH)).token,
      admin: (await userWithToken(api, Role.ADMIN)).token,
    };
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  let ip = 0;
  /** A job seeker with a published profile, in the coach's caseload. */
  const person = async (): Promise<Person> => {
    const { user, profile } = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
    });
    await db
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: user.id, assignedBy: manager.id });
    ip += 1;
    const token = (await login(api, user.email, PASSWORD, `10.78.0.${ip}`)).accessToken;
    return { user, profile, token };
  };

  const gql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    api.gql.request<T>(query, variables, { token });
  const data = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    api.gql.data<T>(query, variables, { token });

  it('lists the open proposals of the region best first, the longest waiting first at equal scores, in pages and by filter', async () => {
    const [a, b, c, d] = await Promise.all([person(), person(), person(), person()]);
    const filterVacancy = await seedVacancy(
      db,
      await seedOrganisation(db, region.regionId, true, 'Filter BV'),
      region,
      {
        occupationId: taxonomy.careOccupation.id,
        requiredSkillIds: [taxonomy.careSkill.id],
        status: VacancyStatus.PUBLISHED,
      },
    );
    const older = await seedOpenProposal(db, a.profile, filterVacancy, 70);
    const newer = await seedOpenProposal(db, b.profile, filterVacancy, 70);
    const best = await seedOpenProposal(db, c.profile, filterVacancy, 90);
    const volunteer = await seedOpenProposal(db, d.profile, volunteering, 95);
    await db.query(
      `UPDATE match_proposal SET created_at = now() - interval '3 days' WHERE id = $1`,
      [older.id],
    );

    const first = await data<{ approvalQueue: { items: ProposalView[]; nextCursor: string } }>(
      QUEUE,
      { filter: { vacancyId: filterVacancy.id }, first: 2 },
      tokens.manager,
    );
    const second = await data<{
      approvalQueue: { items: ProposalView[]; nextCursor: string | null };
    }>(
      QUEUE,
      { filter: { vacancyId: filterVacancy.id }, first: 2, after: first.approvalQueue.nextCursor },
      tokens.manager,
    );
    expect(
      [...first.approvalQueue.items, ...second.approvalQueue.items].map((item) => item.id),
    ).toEqual([best.id, older.id, newer.id]);
    expect(second.approvalQueue.nextCursor).toBeNull();

    const byRoute = await data<{ approvalQueue: { items: ProposalView[] } }>(
      QUEUE_IDS,
      { filter: { routeTypes: ['VOLUNTEER'] }, first: 50 },
      tokens.manager,
    );
    expect(byRoute.approvalQueue.items.map((item) => item.id)).toEqual([volunteer.id]);
    const byEmployer = await data<{ approvalQueue: { items: ProposalView[] } }>(
      QUEUE_IDS,
      { filter: { organisationId: filterVacancy.organisationId }, first: 50 },
      tokens.manager,
    );
    expect(byEmployer.approvalQueue.items).toHaveLength(3);
    const bySource = await data<{ approvalQueue: { items: ProposalView[] } }>(
      QUEUE,
      { filter: { vacancyId: filterVacancy.id, sources: ['JOB_SEEKER_INTEREST'] } },
      tokens.manager,
    );
    expect(bySource.approvalQueue.items).toEqual([]);
    const badCursor = await gql(QUEUE, { after: 'not-a-cursor' }, tokens.manager);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('shows an account manager of another region none of these proposals and refuses their decisions', async () => {
    const { profile } = await person();
    const proposal = await seedOpenProposal(db, profile, vacancy);
    const before = await snapshotOf(db, proposal.id);
    const queue = await data<{ approvalQueue: { items: ProposalView[] } }>(
      QUEUE_IDS,
      { first: 100 },
      tokens.otherManager,
    );
    expect(queue.approvalQueue.items.map((item) => item.id)).not.toContain(proposal.id);
    expect(codeOf(await gql(APPROVE, { id: proposal.id }, tokens.otherManager))).toBe('FORBIDDEN');
    const batch = await gql(
      BATCH,
      { d: [{ proposalId: proposal.id, action: 'APPROVE' }] },
      tokens.otherManager,
    );
    expect(codeOf(batch)).toBe('FORBIDDEN');
    expect(await snapshotOf(db, proposal.id)).toEqual(before);
  });

  it('never shows an employer who is behind a proposal before an account manager approved it', async () => {
    const { profile } = await person();
    const proposal = await seedOpenProposal(db, profile, vacancy);
    expect(codeOf(await gql(INTRODUCTION, { id: proposal.id }, tokens.employer))).toBe('FORBIDDEN');
    const history = await data<{ organisationMatches: { items: ProposalView[] } }>(
      `{ organisationMatches(first: 100) { items { id } } }`,
      {},
      tokens.employer,
    );
    expect(history.organisationMatches.items.map((item) => item.id)).not.toContain(proposal.id);
    // Nor through a proposal it may read: `person` is for account managers and coaches only.
    await data(APPROVE, { id: proposal.id }, tokens.manager);
    const withPerson = await gql<{
      organisationMatches: { items: { id: string; person: unknown }[] };
    }>(
      `{ organisationMatches(first: 100) { items { id person { fullName } } } }`,
      {},
      tokens.employer,
    );
    expect(codeOf(withPerson)).toBe('FORBIDDEN');
    expect(
      withPerson.data?.organisationMatches.items.find((item) => item.id === proposal.id)?.person,
    ).toBeNull();
  });

  it('tells the account manager who the person and their coach are, each read in the audit trail', async () => {
    const someone = await person();
    const proposal = await seedOpenProposal(db, someone.profile, vacancy, 99);
    const queue = await data<{
      approvalQueue: {
        items: { id: string; person: { fullName: string; coach: { userId: string } | null } }[];
      };
    }>(
      `query($f: ApprovalQueueFilter) { approvalQueue(filter: $f, first: 1) { items { id person { fullName coach { userId fullName } } } } }`,
      { f: { vacancyId: vacancy.id } },
      tokens.manager,
    );
    expect(queue.approvalQueue.items[0]).toEqual({
      id: proposal.id,
      person: {
        fullName: someone.user.fullName,
        coach: expect.objectContaining({ userId: coach.id }),
      },
    });
    const audits = (await db.query(
      `SELECT actor_user_id, action, purpose FROM audit_event WHERE subject_user_id = $1 AND resource_id = $2`,
      [someone.user.id, proposal.id],
    )) as { actor_user_id: string; action: string; purpose: string }[];
    expect(audits).toEqual([
      {
        actor_user_id: manager.id,
        action: 'READ',
        purpose: expect.stringMatching(/approval queue/),
      },
    ]);
  });

  it('rejects with a reason the coach reads and the job seeker reads only when the account manager chose so', async () => {
    const quiet = await person();
    const told = await person();
    const hidden = await seedOpenProposal(db, quiet.profile, vacancy);
    const shown = await seedOpenProposal(db, told.profile, vacancy);
    await data(
      REJECT,
      { id: hidden.id, reason: 'LANGUAGE', text: 'Eerst Nederlands B1 halen' },
      tokens.manager,
    );
    await data(REJECT, { id: shown.id, reason: 'HOURS', show: true }, tokens.manager);

    const forCoach = await data<{ matchProposals: { items: ProposalView[] } }>(
      `query($s: ID) { matchProposals(jobSeekerId: $s) { items { ${PROPOSAL_FIELDS} } } }`,
      { s: quiet.user.id },
      tokens.coach,
    );
    expect(forCoach.matchProposals.items[0]?.decision).toMatchObject({
      decision: 'REJECTED',
      reason: 'LANGUAGE',
      reasonText: 'Eerst Nederlands B1 halen',
      reasonVisibleToJobSeeker: false,
    });
    const quietHistory = await data<{ myMatches: { items: ProposalView[] } }>(
      `{ myMatches { items { id } } }`,
      {},
      quiet.token,
    );
    expect(quietHistory.myMatches.items).toEqual([]);
    const toldHistory = await data<{ myMatches: { items: ProposalView[] } }>(
      `{ myMatches { items { ${PROPOSAL_FIELDS} } } }`,
      {},
      told.token,
    );
    expect(toldHistory.myMatches.items).toEqual([
      expect.objectContaining({
        id: shown.id,
        decision: expect.objectContaining({ decision: 'REJECTED', reason: 'HOURS', note: null }),
      }),
    ]);
    const notifications = await data<{ notifications: { items: NotificationView[] } }>(
      NOTIFICATIONS,
      {},
      told.token,
    );
    expect(notifications.notifications.items).toEqual([
      expect.objectContaining({
        kind: 'MATCH_REJECTED',
        resourceId: shown.id,
        messageNl: expect.stringMatching(/Uren passen niet/),
      }),
    ]);
    const rejections = (await db.query(
      `SELECT purpose FROM audit_event WHERE resource_type = 'match-proposal' AND resource_id = $1 AND action = 'UPDATE'`,
      [hidden.id],
    )) as { purpose: string }[];
    expect(rejections).toEqual([{ purpose: 'account manager rejected the match: LANGUAGE' }]);
  });

  it('refuses a decision on a proposal that is decided or withdrawn, and bad input, changing nothing', async () => {
    const [one, two, three] = await Promise.all([person(), person(), person()]);
    const rejected = await seedOpenProposal(db, one.profile, vacancy);
    await data(REJECT, { id: rejected.id, reason: 'SKILLS' }, tokens.manager);
    const withdrawn = await seedOpenProposal(db, two.profile, vacancy);
    await db.query(
      `UPDATE match_proposal SET status = 'WITHDRAWN', withdrawal_reason = 'NO_LONGER_QUALIFIES' WHERE id = $1`,
      [withdrawn.id],
    );
    const open = await seedOpenProposal(db, three.profile, vacancy);

    for (const [id, pattern] of [
      [rejected.id, /cannot approve a match proposal that is rejected: a proposal is decided once/],
      [
        withdrawn.id,
        /cannot approve a match proposal that is withdrawn: the match engine withdrew it/,
      ],
    ] as const) {
      const before = await snapshotOf(db, id);
      const response = await gql(APPROVE, { id }, tokens.manager);
      expect(codeOf(response)).toBe('INVALID_TRANSITION');
      expect(response.errors?.[0]?.message).toMatch(pattern);
      expect(await snapshotOf(db, id)).toEqual(before);
    }

    const before = await snapshotOf(db, open.id);
    const noText = await gql(REJECT, { id: open.id, reason: 'OTHER' }, tokens.manager);
    expect(noText.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'text',
      violations: [{ field: 'text', rule: 'required when the reason is OTHER' }],
    });
    const longNote = await gql(APPROVE, { id: open.id, note: 'x'.repeat(1001) }, tokens.manager);
    expect(longNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(
      codeOf(await gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, tokens.manager)),
    ).toBe('NOT_FOUND');
    expect(await snapshotOf(db, open.id)).toEqual(before);
  });

  it('refuses to approve a proposal whose vacancy ended before the engine withdrew it, changing nothing', async () => {
    const someone = await person();
    const ended = await seedVacancy(
      db,
      await seedOrganisation(db, region.regionId, true, 'Gesloten BV'),
      region,
      {
        occupationId: taxonomy.careOccupation.id,
        requiredSkillIds: [taxonomy.careSkill.id],
        status: VacancyStatus.PUBLISHED,
      },
    );
    const proposal = await seedOpenProposal(db, someone.profile, ended);
    await db.query(`UPDATE vacancy SET status = 'CLOSED' WHERE id = $1`, [ended.id]);
    const before = await snapshotOf(db, proposal.id);
    const response = await gql(APPROVE, { id: proposal.id }, tokens.manager);
    expect(codeOf(response)).toBe('INVALID_TRANSITION');
    expect(response.errors?.[0]?.message).toBe(
      'cannot approve a match for a vacancy that is closed',
    );
    expect(await snapshotOf(db, proposal.id)).toEqual(before);
  });

  it('decides several proposals at once, each succeeding or failing with its own error', async () => {
    const [one, two, three] = await Promise.all([person(), person(), person()]);
    const toApprove = await seedOpenProposal(db, one.profile, vacancy);
    const toReject = await seedOpenProposal(db, two.profile, vacancy);
    const noReason = await seedOpenProposal(db, three.profile, vacancy);
    const missing = '00000000-0000-4000-8000-000000000001';
    const { decideMatchProposals: results } = await data<{
      decideMatchProposals: {
        proposalId: string;
        proposal: { status: string } | null;
        error: { code: string; field: string | null } | null;
      }[];
    }>(
      BATCH,
      {
        d: [
          { proposalId: toApprove.id, action: 'APPROVE' },
          { proposalId: toReject.id, action: 'REJECT', reason: 'DISTANCE' },
          { proposalId: toApprove.id, action: 'REJECT', reason: 'SKILLS' },
          { proposalId: missing, action: 'APPROVE' },
          { proposalId: noReason.id, action: 'REJECT' },
        ],
      },
      tokens.manager,
    );
    expect(
      results.map((result) => [result.proposal?.status ?? null, result.error?.code ?? null]),
    ).toEqual([
      ['APPROVED', null],
      ['REJECTED', null],
      [null, 'INVALID_TRANSITION'],
      [null, 'NOT_FOUND'],
      [null, 'BAD_USER_INPUT'],
    ]);
    expect(results[4]?.error?.field).toBe('decisions[4].reason');
    const [{ status }] = (await db.query('SELECT status FROM match_proposal WHERE id = $1', [
      noReason.id,
    ])) as [{ status: string }];
    expect(status).toBe('OPEN');
  });

  it('records an interview and a placement not before the introduction, and refuses outcomes without an approved match', async () => {
    const [placed, refused] = await Promise.all([person(), person()]);
    const proposal = await seedOpenProposal(db, placed.profile, volunteering);
    const rejected = await seedOpenProposal(db, refused.profile, volunteering);
    await data(APPROVE, { id: proposal.id }, tokens.manager);
    await data(REJECT, { id: rejected.id, reason: 'PERSON_DECLINED' }, tokens.manager);
    const today = amsterdamDate(new Date());

    // The employer takes part but does not keep the record; a coach of another caseload has no say.
    expect(
      codeOf(
        await gql(OUTCOME, { id: proposal.id, outcome: 'INTERVIEW_PLANNED' }, tokens.employer),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(OUTCOME, { id: proposal.id, outcome: 'INTERVIEW_PLANNED' }, tokens.otherCoach),
      ),
    ).toBe('FORBIDDEN');
    const interview = await data<{ recordMatchOutcome: ProposalView }>(
      OUTCOME,
      { id: proposal.id, outcome: 'INTERVIEW_PLANNED', date: addMonths(today, 0) },
      tokens.coach,
    );
    expect(interview.recordMatchOutcome.decision).toMatchObject({
      outcome: 'INTERVIEW_PLANNED',
      interviewDate: today,
    });

    const before = await snapshotOf(db, proposal.id);
    const early = await gql(
      PLACE,
      { id: proposal.id, input: { startDate: addMonths(today, -1), hoursPerWeek: 12 } },
      tokens.coach,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
    expect(early.errors?.[0]?.message).toMatch(/not before the introduction/);
    const contract = await gql(
      PLACE,
      { id: proposal.id, input: { startDate: today, hoursPerWeek: 12, contractType: 'PERMANENT' } },
      tokens.coach,
    );
    expect(contract.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contractType',
    });
    expect(await snapshotOf(db, proposal.id)).toEqual(before);

    const rejectedBefore = await snapshotOf(db, rejected.id);
    const withoutApproval = await gql(
      PLACE,
      { id: rejected.id, input: { startDate: today, hoursPerWeek: 12 } },
      tokens.manager,
    );
    expect(codeOf(withoutApproval)).toBe('INVALID_TRANSITION');
    expect(withoutApproval.errors?.[0]?.message).toMatch(/was not approved/);
    expect(await snapshotOf(db, rejected.id)).toEqual(rejectedBefore);

    const { recordPlacement } = await data<{
      recordPlacement: { paid: boolean; followUpDueOn: string | null; routeType: string };
    }>(PLACE, { id: proposal.id, input: { startDate: today, hoursPerWeek: 12 } }, tokens.coach);
    // Volunteer work is not paid work: no follow-up, no outflow.
    expect(recordPlacement).toEqual(
      expect.objectContaining({ paid: false, followUpDueOn: null, routeType: 'VOLUNTEER' }),
    );
    const again = await gql(
      OUTCOME,
      { id: proposal.id, outcome: 'NOT_PLACED', reason: 'PERSON_DECLINED' },
      tokens.manager,
    );
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    expect(again.errors?.[0]?.message).toMatch(/its outcome is final/);
    // The vacancy has one more position than placements: it stays published.
    const [{ status }] = (await db.query('SELECT status FROM vacancy WHERE id = $1', [
      volunteering.id,
    ])) as [{ status: string }];
    expect(status).toBe('PUBLISHED');
    const trail = (await db.query(
      `SELECT actor_role, action, resource_type FROM audit_event
       WHERE subject_user_id = $1 AND action <> 'READ' ORDER BY id`,
      [placed.user.id],
    )) as { actor_role: string; action: string; resource_type: string }[];
    expect(trail).toEqual([
      { actor_role: 'ACCOUNT_MANAGER', action: 'UPDATE', resource_type: 'match-proposal' },
      { actor_role: 'COACH', action: 'UPDATE', resource_type: 'match-outcome' },
      { actor_role: 'COACH', action: 'CREATE', resource_type: 'placement' },
    ]);
  });

  it('keeps a placement for the figures when the person erases their account, and their matches go', async () => {
    const leaving = await person();
    const proposal = await seedOpenProposal(db, leaving.profile, vacancy);
    await data(APPROVE, { id: proposal.id }, tokens.manager);
    const { recordPlacement } = await data<{ recordPlacement: { id: string } }>(
      PLACE,
      { id: proposal.id, input: { startDate: amsterdamDate(new Date()), hoursPerWeek: 20 } },
      tokens.manager,
    );
    const exported = JSON.parse(
      (await data<{ exportMyData: string }>('{ exportMyData }', {}, leaving.token)).exportMyData,
    ) as {
      matches: { matches: { id: string; decision: string }[]; placements: unknown[] };
      notifications: unknown[];
    };
    expect(exported.matches.matches).toEqual([
      expect.objectContaining({ id: proposal.id, decision: 'APPROVED' }),
    ]);
    expect(exported.matches.placements).toHaveLength(1);
    expect(exported.notifications).toHaveLength(1);

    await data(
      'mutation($p: String!) { eraseMyAccount(password: $p) }',
      { p: PASSWORD },
      leaving.token,
    );
    expect(await db.getRepository(MatchProposalEntity).findOneBy({ id: proposal.id })).toBeNull();
    const [placement] = (await db.query(
      'SELECT proposal_id, job_seeker_id, paid FROM placement WHERE id = $1',
      [recordPlacement.id],
    )) as { proposal_id: string | null; job_seeker_id: string; paid: boolean }[];
    expect(placement).toEqual({ proposal_id: null, job_seeker_id: leaving.user.id, paid: true });
    const [{ n }] = (await db.query(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1',
      [leaving.user.id],
    )) as [{ n: number }];
    expect(n).toBe(0);
    const figures = await data<{
      placementFigures: { placements: number; paidPlacements: number };
    }>(
      `query($f: String!, $t: String!) { placementFigures(from: $f, to: $t) { placements paidPlacements } }`,
      { f: addMonths(amsterdamDate(new Date()), -1), t: amsterdamDate(new Date()) },
      tokens.admin,
    );
    expect(figures.placementFigures.paidPlacements).toBeGreaterThanOrEqual(1);
  });

  it('lets each user page through and mark read only their own notifications', async () => {
    const [one, two] = await Promise.all([person(), person()]);
    for (const { profile } of [one, one, two]) {
      const other = await seedVacancy(
        db,
        await seedOrganisation(db, region.regionId, true, 'Meldingen BV'),
        region,
        {
          occupationId: taxonomy.careOccupation.id,
          requiredSkillIds: [taxonomy.careSkill.id],
          status: VacancyStatus.PUBLISHED,
        },
      );
      await data(APPROVE, { id: (await seedOpenProposal(db, profile, other)).id }, tokens.manager);
    }
    const page = `query($after: String) {
      notifications(first: 1, after: $after) { items { id kind readAt } nextCursor unreadCount }
    }`;
    type Page = {
      notifications: { items: NotificationView[]; nextCursor: string | null; unreadCount: number };
    };
    const first = await data<Page>(page, {}, one.token);
    const second = await data<Page>(page, { after: first.notifications.nextCursor }, one.token);
    expect(first.notifications.unreadCount).toBe(2);
    expect(second.notifications.nextCursor).toBeNull();
    const ids = [...first.notifications.items, ...second.notifications.items].map(
      (item) => item.id,
    );
    expect(new Set(ids).size).toBe(2);

    // Someone else's notification id changes nothing; one's own are marked.
    const theirs = (await data<Page>(page, {}, two.token)).notifications.items[0]?.id;
    const none = await data<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [theirs] },
      one.token,
    );
    expect(none.markNotificationsRead).toBe(0);
    const emptyList = await data<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [] },
      one.token,
    );
    expect(emptyList.markNotificationsRead).toBe(0);
    expect((await data<Page>(page, {}, two.token)).notifications.unreadCount).toBe(1);
    const marked = await data<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead }',
      {},
      one.token,
    );
    expect(marked.markNotificationsRead).toBe(2);
    const unread = await data<{ notifications: { items: unknown[]; unreadCount: number } }>(
      NOTIFICATIONS,
      { unreadOnly: true },
      one.token,
    );
    expect(unread.notifications).toEqual({ items: [], unreadCount: 0 });
  });

  it('shows a job seeker none of the engine’s open suggestions in their history, only what was decided', async () => {
    const someone = await person();
    const open = await seedOpenProposal(db, someone.profile, vacancy);
    const empty = await data<{ myMatches: { items: { id: string }[] } }>(
      `{ myMatches { items { id } } }`,
      {},
      someone.token,
    );
    expect(empty.myMatches.items).toEqual([]);
    await data(APPROVE, { id: open.id }, tokens.manager);
    const decided = await data<{ myMatches: { items: { id: string; status: string }[] } }>(
      `{ myMatches { items { id status } } }`,
      {},
      someone.token,
    );
    expect(decided.myMatches.items).toEqual([
      { id: open.id, status: MatchProposalStatus.APPROVED },
    ]);
  });
});
