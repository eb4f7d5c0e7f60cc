import type { DataSource } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import { MatchProposalStatus } from '@werkmatch/matching/data-access';
import { EmailKind } from '@werkmatch/notifications/data-access';
import { eventually } from '@werkmatch/shared/testing';
import { recordTalentProfileEvent } from '@werkmatch/talent-profiles/data-access';
import { TALENT_PROFILE_PUBLISHED } from '@werkmatch/talent-profiles/domain';
import { amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import { SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import {
  createUser,
  dataSourceOf,
  latestEmail,
  login,
  PASSWORD,
  uniqueEmail,
} from '../identity/identity-fixtures';
import {
  proposalsOf,
  seedOrganisation,
  seedProfile,
  seedVacancy,
} from '../matching/match-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { closingDateAhead } from '../vacancies/vacancy-fixtures';
import {
  APPROVE,
  codeOf,
  INTRODUCTION,
  NOTIFICATIONS,
  NotificationView,
  PLACE,
  ProposalView,
  PROPOSAL_FIELDS,
  QUEUE,
  REJECT,
  seedOpenProposal,
  userWithToken,
} from './approval-fixtures';

/*
 * The story of issue 7 from the outside, over GraphQL (apart from the users nobody can register as): a job seeker
 * publishes a profile, an employer's vacancy is published, the match engine proposes, the account manager of the
 * region approves, both sides are notified (in the app and by email through the development mailbox) and see
 * each other, the placement is recorded and the vacancy is filled, after which the engine withdraws the rest.
 */
describe('Story: from an engine proposal to a placement', () => {
  let api: TestApp;
  let db: DataSource;
  let taxonomy: SeededTaxonomy;
  let region: { regionId: string; postcode: string };

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    db = dataSourceOf(api);
    taxonomy = await seedTaxonomy(api);
    region = await seedRegion(api, 'Houten', '3991');
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const call = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    api.gql.data<T>(query, variables, { token });

  it('introduces both sides once the account manager approves, records the placement and fills the vacancy', async () => {
    // A job seeker publishes a talent profile.
    const seekerEmail = uniqueEmail('story-seeker');
    const { register: seeker } = await call<{ register: { id: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { id } }',
      {
        input: {
          email: seekerEmail,
          password: PASSWORD,
          fullName: 'Sanne de Vries',
        },
      },
    );
    const seekerToken = (await login(api, seekerEmail, PASSWORD, '10.8.0.1')).accessToken;
    await call(
      'mutation($input: SaveTalentProfileInput!) { saveTalentProfile(input: $input) { id } }',
      {
        input: {
          headline: 'Zorgzaam en altijd op tijd',
          skills: [{ skillId: taxonomy.careSkill.id, level: 'PROFICIENT' }],
          languages: [{ code: 'nl', level: 'B1' }],
          hours: { min: 16, max: 24 },
          postcode: region.postcode,
          travelKm: 15,
          wantedRouteTypes: ['PAID_JOB'],
          wantedOccupationIds: [taxonomy.careOccupation.id],
        },
      },
      seekerToken,
    );
    const { publishTalentProfile: profile } = await call<{
      publishTalentProfile: { id: string };
    }>('mutation { publishTalentProfile { id } }', {}, seekerToken);

    // Someone else the engine will propose as well, published (with its event) before the vacancy is; the engine
    // finds candidates through the search index, so it waits until the sync indexed both people.
    const rival = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
      occupationIds: [taxonomy.careOccupation.id],
    });
    await db.transaction((manager) =>
      recordTalentProfileEvent(manager, rival.profile, TALENT_PROFILE_PUBLISHED),
    );
    await eventually(
      async () =>
        (
          (await db.query('SELECT id FROM search_talent_profile WHERE id = ANY($1::uuid[])', [
            [profile.id, rival.profile.id],
          ])) as unknown[]
        ).length === 2,
      20_000,
      'both profiles searchable',
    );

    // An employer registers, the account manager verifies it and publishes its vacancy.
    const employerEmail = uniqueEmail('story-employer');
    const { registerEmployer } = await call<{ registerEmployer: { organisation: { id: string } } }>(
      'mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { organisation { id } } }',
      {
        input: {
          organisation: {
            name: 'Zorggroep De Lek',
            kvkNumber: String(40_000_000 + Math.floor(Math.random() * 50_000_000)),
            street: 'Onderdoor',
            houseNumber: '25',
            postcode: region.postcode,
            city: 'Houten',
            sector: 'Zorg',
          },
          member: {
            email: employerEmail,
            password: PASSWORD,
            fullName: 'Joost Jansen',
            phone: '0301234567',
          },
        },
      },
    );
    const employerToken = (await login(api, employerEmail, PASSWORD, '10.8.0.2')).accessToken;
    const manager = await createUser(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId });
    const managerToken = (await login(api, manager.email, PASSWORD, '10.8.0.3')).accessToken;
    await call(
      'mutation($id: ID!) { verifyOrganisation(organisationId: $id) { id } }',
      { id: registerEmployer.organisation.id },
      managerToken,
    );
    const { createVacancy: vacancy } = await call<{ createVacancy: { id: string } }>(
      'mutation($input: VacancyInput!) { createVacancy(input: $input) { id } }',
      {
        input: {
          title: 'Helpende zorg',
          description: 'Je helpt bewoners van ons woonzorgcentrum bij de dagelijkse verzorging.',
          occupationId: taxonomy.careOccupation.id,
          requiredSkillIds: [taxonomy.careSkill.id],
          routeType: 'PAID_JOB',
          hours: { min: 16, max: 24 },
          positions: 1,
          postcode: region.postcode,
          minDutchLevel: 'A2',
          contractType: 'FIXED_TERM',
          closingDate: closingDateAhead(),
        },
      },
      employerToken,
    );
    await call(
      'mutation($id: ID!) { submitVacancy(id: $id) { id } }',
      { id: vacancy.id },
      employerToken,
    );
    await call(
      'mutation($id: ID!) { publishVacancy(id: $id) { id } }',
      { id: vacancy.id },
      managerToken,
    );

    // The engine proposes both people; the account manager finds them in the queue of the region.
    const queue = await eventually(
      async () => {
        const { approvalQueue } = await call<{
          approvalQueue: { items: (ProposalView & { person: { fullName: string } | null })[] };
        }>(
          QUEUE.replace('interests', 'interests person { fullName coach { fullName } }'),
          { filter: { vacancyId: vacancy.id } },
          managerToken,
        );
        return approvalQueue.items.length >= 2 ? approvalQueue.items : undefined;
      },
      20_000,
      'two engine proposals in the approval queue',
    );
    const mine = queue.find((item) => item.talentProfileId === profile.id);
    expect(mine).toMatchObject({ status: 'OPEN', source: 'ENGINE', decision: null });
    expect(mine?.person?.fullName).toBe('Sanne de Vries');
    expect(queue.map((item) => item.score)).toEqual(
      [...queue.map((item) => item.score)].sort((a, b) => b - a),
    );
    const proposalId = mine?.id as string;

    // Before the approval the employer cannot learn who the person is.
    const tooEarly = await api.gql.request(
      INTRODUCTION,
      { id: proposalId },
      { token: employerToken },
    );
    expect(codeOf(tooEarly)).toBe('FORBIDDEN');

    const { approveMatchProposal: approved } = await call<{ approveMatchProposal: ProposalView }>(
      APPROVE,
      { id: proposalId, note: 'Sanne kan maandag langskomen' },
      managerToken,
    );
    expect(approved.status).toBe('APPROVED');
    expect(approved.decision).toMatchObject({
      decision: 'APPROVED',
      outcome: 'INTRODUCED',
      note: 'Sanne kan maandag langskomen',
    });

    // Both sides are told, in the app and by email (the development mailbox: no SMTP in tests).
    for (const token of [seekerToken, employerToken]) {
      const { notifications } = await call<{
        notifications: { items: NotificationView[]; unreadCount: number };
      }>(NOTIFICATIONS, { unreadOnly: true }, token);
      expect(notifications.items).toEqual([
        expect.objectContaining({
          kind: 'MATCH_INTRODUCED',
          resourceType: 'match-proposal',
          resourceId: proposalId,
          readAt: null,
        }),
      ]);
      expect(notifications.unreadCount).toBe(1);
    }
    const seekerMail = await latestEmail(api, seekerEmail, EmailKind.MatchIntroduction);
    expect(seekerMail.textBody).toContain('Helpende zorg');
    expect(seekerMail.textBody).toContain(`/matches/${proposalId}`);
    const employerMail = await latestEmail(api, employerEmail, EmailKind.MatchIntroduction);
    expect(employerMail.textBody).toContain('Helpende zorg');
    // Who the person is shows in the app, as an audited read; never in a mail.
    expect(employerMail.textBody).not.toContain('Sanne');

    // Now each sees the other.
    const { matchIntroduction: forEmployer } = await call<{
      matchIntroduction: {
        candidate: { fullName: string; email: string; phone: string | null } | null;
        employer: { name: string; contact: { fullName: string } | null };
      };
    }>(INTRODUCTION, { id: proposalId }, employerToken);
    expect(forEmployer.candidate).toEqual(
      expect.objectContaining({
        fullName: 'Sanne de Vries',
        email: seekerEmail,
      }),
    );
    const { matchIntroduction: forSeeker } = await call<{
      matchIntroduction: {
        employer: {
          name: string;
          contact: { userId: string; fullName: string; email: string; phone: string | null };
        };
      };
    }>(
      INTRODUCTION.replace('candidate { userId fullName email phone }', ''),
      { id: proposalId },
      seekerToken,
    );
    // The person is not shown themselves as a "candidate": that field is for the other side.
    const ownCandidate = await api.gql.request(
      INTRODUCTION,
      { id: proposalId },
      { token: seekerToken },
    );
    expect(codeOf(ownCandidate)).toBe('FORBIDDEN');
    expect(forSeeker.employer).toEqual(
      expect.objectContaining({
        name: 'Zorggroep De Lek',
        contact: expect.objectContaining({
          fullName: 'Joost Jansen',
          email: employerEmail,
          phone: '0301234567',
        }),
      }),
    );
    const reads = (await db.query(
      `SELECT actor_role, subject_user_id, purpose FROM audit_event
       WHERE resource_type = 'match-introduction' AND resource_id = $1 ORDER BY id`,
      [proposalId],
    )) as { actor_role: string; subject_user_id: string; purpose: string }[];
    // One read of the person by the employer; the person read the employer's contact twice (the second call also
    // asked for a field of the other side, which was refused, but the contact came back and is recorded).
    const contactId = forSeeker.employer.contact.userId;
    expect(reads.map((read) => [read.actor_role, read.subject_user_id])).toEqual([
      ['EMPLOYER', seeker.id],
      ['JOB_SEEKER', contactId],
      ['JOB_SEEKER', contactId],
    ]);
    expect(reads[1]?.purpose).toMatch(/employer’s contact/);

    // The placement fills the only position: the vacancy is filled and the engine withdraws the rival's proposal.
    const today = amsterdamDate(new Date());
    const { recordPlacement: placement } = await call<{
      recordPlacement: {
        paid: boolean;
        followUpDueOn: string;
        routeType: string;
        contractType: string;
      };
    }>(PLACE, { id: proposalId, input: { startDate: today, hoursPerWeek: 24 } }, managerToken);
    expect(placement).toMatchObject({
      paid: true,
      routeType: 'PAID_JOB',
      contractType: 'FIXED_TERM',
    });
    expect(placement.followUpDueOn > today).toBe(true);
    const { vacancy: filled } = await call<{ vacancy: { status: string } }>(
      'query($id: ID!) { vacancy(id: $id) { status } }',
      { id: vacancy.id },
      employerToken,
    );
    expect(filled.status).toBe('FILLED');
    const [closed] = (await db.query(
      `SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND event_type = 'vacancy.closed'`,
      [vacancy.id],
    )) as { payload: { status: string } }[];
    expect(closed?.payload).toEqual({ status: 'FILLED' });
    const withdrawn = await eventually(
      async () => {
        const [row] = await proposalsOf(db, { vacancyId: vacancy.id, profileId: rival.profile.id });
        return row?.status === MatchProposalStatus.WITHDRAWN ? row : undefined;
      },
      20_000,
      'the rival’s proposal withdrawn',
    );
    expect(withdrawn.withdrawal_reason).toBe('VACANCY_ENDED');

    // Both see it in their history.
    const { myMatches } = await call<{ myMatches: { items: ProposalView[] } }>(
      `{ myMatches { items { ${PROPOSAL_FIELDS} } } }`,
      {},
      seekerToken,
    );
    expect(myMatches.items).toEqual([
      expect.objectContaining({
        id: proposalId,
        decision: expect.objectContaining({ outcome: 'PLACED', note: null }),
        placement: expect.objectContaining({ paid: true }),
      }),
    ]);
    const { organisationMatches } = await call<{ organisationMatches: { items: ProposalView[] } }>(
      `{ organisationMatches { items { ${PROPOSAL_FIELDS} } } }`,
      {},
      employerToken,
    );
    expect(organisationMatches.items.map((item) => item.id)).toEqual([proposalId]);
  }, 60_000);

  it('lets exactly one of two account managers deciding the same proposal at the same moment win', async () => {
    const organisation = await seedOrganisation(db, region.regionId, true, 'Gelijktijdig BV');
    const vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      status: VacancyStatus.PUBLISHED,
    });
    const first = await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId });
    const second = await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId });
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const { profile } = await seedProfile(api, region, {
        skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
      });
      const proposal = await seedOpenProposal(db, profile, vacancy);
      // Even rounds: both approve; odd rounds: one approves while the other rejects.
      const [a, b] = await Promise.all([
        api.gql.request<{ approveMatchProposal: ProposalView }>(
          APPROVE,
          { id: proposal.id },
          { token: first.token },
        ),
        round % 2 === 0
          ? api.gql.request<{ approveMatchProposal: ProposalView }>(
              APPROVE,
              { id: proposal.id },
              { token: second.token },
            )
          : api.gql.request<{ rejectMatchProposal: ProposalView }>(
              REJECT,
              { id: proposal.id, reason: 'HOURS' },
              { token: second.token },
            ),
      ]);
      const outcomes = [a, b].map((response) => (response.errors ? codeOf(response) : 'won'));
      expect(outcomes.sort()).toEqual(['INVALID_TRANSITION', 'won']);
      const loser = [a, b].find((response) => response.errors);
      expect(loser?.errors?.[0]?.message).toMatch(
        /that is (approved|rejected): a proposal is decided once/,
      );
      const decisions = (await db.query(
        'SELECT decision, decided_by_user_id FROM match_decision WHERE proposal_id = $1',
        [proposal.id],
      )) as { decision: string; decided_by_user_id: string }[];
      expect(decisions).toHaveLength(1);
      const [{ status }] = (await db.query('SELECT status FROM match_proposal WHERE id = $1', [
        proposal.id,
      ])) as [{ status: string }];
      expect(status).toBe(decisions[0]?.decision);
      const winner = a.errors ? second.user.id : first.user.id;
      expect(decisions[0]?.decided_by_user_id).toBe(winner);
      const [{ n }] = (await db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE resource_type = 'match-proposal'
           AND resource_id = $1 AND action = 'UPDATE'`,
        [proposal.id],
      )) as [{ n: number }];
      expect(n).toBe(1);
    }
  }, 60_000);
});
