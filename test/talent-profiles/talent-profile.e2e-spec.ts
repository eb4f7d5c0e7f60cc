import { randomUUID } from 'node:crypto';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { EmailKind } from '@werkmatch/notifications/data-access';
import { currentLogContext } from '@werkmatch/shared/logging';
import {
  TALENT_PROFILE_CHANGED,
  TALENT_PROFILE_PAUSED,
  TALENT_PROFILE_PUBLISHED,
} from '@werkmatch/talent-profiles/domain';
import { TalentProfileConfirmationProcessor } from '@werkmatch/talent-profiles/feature-worker';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, latestEmail, login } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import {
  ANONYMISED,
  ASSESS,
  CONFIRM,
  dateFromToday,
  MY_PROFILE,
  PAUSE,
  PROFILE_OF,
  PUBLISH,
  SAVE,
  seedTaxonomy,
  SeededTaxonomy,
} from './talent-profile-fixtures';

interface Profile {
  id: string;
  status: string;
  version: number;
  headline: string | null;
  updatedByUserId: string | null;
  talents: { text: string; private: boolean }[];
  skills: { level: string; skill: { id: string; label: string } }[];
  postcode: string | null;
  municipalityCode: string | null;
  regionId: string | null;
  travelKm: number | null;
  participationLevel: number | null;
  supportNeeds: string[] | null;
  targetGroups: string[] | null;
  pauseReason: string | null;
  confirmationRequestedAt: string | null;
  wantedOccupations: { id: string; label: string }[];
  completeness: {
    score: number;
    publishable: boolean;
    missing: { code: string; field: string; essential: boolean; textNl: string; textEn: string }[];
  };
  [field: string]: unknown;
}

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];
const fieldsOf = (errors: Errors) =>
  ((errors?.[0]?.extensions?.['violations'] as { field: string }[] | undefined) ?? []).map(
    (violation) => violation.field,
  );

describe('Talent profiles over GraphQL', () => {
  let api: TestApp;
  let taxonomy: SeededTaxonomy;
  let postcode: string;
  let jobSeeker: UserEntity;
  let coach: UserEntity;
  let otherCoach: UserEntity;
  let employer: UserEntity;
  let admin: UserEntity;
  const tokens: Record<string, string> = {};
  let profileId: string;

  const as = (who: string) => ({ token: tokens[who] });
  const outboxEvents = async (): Promise<{ event_type: string; payload: unknown }[]> =>
    dataSourceOf(api).query(
      `SELECT event_type, payload FROM outbox_event
        WHERE aggregate_type = 'talent-profile' AND aggregate_id = $1 ORDER BY id`,
      [profileId],
    );
  const myProfile = async (): Promise<Profile> =>
    (await api.gql.data<{ myTalentProfile: Profile }>(MY_PROFILE, {}, as('jobSeeker')))
      .myTalentProfile;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    taxonomy = await seedTaxonomy(api);
    ({ postcode } = await seedRegion(api, 'Houten', '3991'));
    jobSeeker = await createUser(api, Role.JOB_SEEKER, { fullName: 'Fatima Bakker' });
    coach = await createUser(api, Role.COACH);
    otherCoach = await createUser(api, Role.COACH);
    admin = await createUser(api, Role.ADMIN);
    const organisation = await dataSourceOf(api)
      .getRepository(EmployerOrganisationEntity)
      .save({
        name: 'Zorg aan de Lek',
        kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
        street: 'Onderdoor',
        houseNumber: '1',
        postcode: '3991AB',
        city: 'Houten',
        sector: 'Zorg',
        regionId: randomUUID(),
        verifiedAt: null,
        verifiedBy: null,
      });
    employer = await createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
    await dataSourceOf(api)
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: jobSeeker.id, assignedBy: admin.id });
    for (const [name, user] of Object.entries({ jobSeeker, coach, otherCoach, employer, admin }))
      tokens[name] = (
        await login(api, user.email, undefined, `10.4.0.${Object.keys(tokens).length + 1}`)
      ).accessToken;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('has no profile for a job seeker before their first save', async () => {
    const { myTalentProfile } = await api.gql.data<{ myTalentProfile: null }>(
      MY_PROFILE,
      {},
      as('jobSeeker'),
    );
    expect(myTalentProfile).toBeNull();
  });

  it('creates a draft on the first save and lists what is still missing', async () => {
    const { saveTalentProfile } = await api.gql.data<{ saveTalentProfile: Profile }>(
      SAVE,
      {
        input: {
          headline: 'Zorgzaam en handig',
          talents: [
            { text: 'Ik kan goed luisteren' },
            { text: 'Ik heb voor mijn zieke moeder gezorgd', private: true },
          ],
          languages: [{ code: 'nl', level: 'A2' }],
        },
      },
      as('jobSeeker'),
    );
    profileId = saveTalentProfile.id;
    expect(saveTalentProfile).toMatchObject({
      status: 'DRAFT',
      jobSeekerId: jobSeeker.id,
      updatedByUserId: jobSeeker.id,
      dutchLevel: 'A2',
      completeness: { score: 30, publishable: false },
    });
    expect(saveTalentProfile.completeness.missing.filter((m) => m.essential)).toEqual([
      expect.objectContaining({
        code: 'SKILLS',
        field: 'skills',
        textNl: 'Minstens één vaardigheid',
      }),
      expect.objectContaining({ code: 'HOURS', field: 'hours' }),
      expect.objectContaining({ code: 'POSTCODE', field: 'postcode' }),
      expect.objectContaining({ code: 'TRAVEL_DISTANCE', field: 'travelKm' }),
      expect.objectContaining({ code: 'ROUTE_TYPES', field: 'wantedRouteTypes' }),
    ]);
  });

  it('keeps the fields a save leaves out and replaces a list it gives', async () => {
    await api.gql.data(SAVE, { input: { travelKm: 10 } }, as('jobSeeker'));
    let profile = await myProfile();
    expect(profile.headline).toBe('Zorgzaam en handig');
    expect(profile.talents).toHaveLength(2);
    expect(profile.travelKm).toBe(10);
    await api.gql.data(
      SAVE,
      {
        input: { talents: [{ text: 'Ik kan goed luisteren' }, { text: 'Ik ben altijd op tijd' }] },
      },
      as('jobSeeker'),
    );
    profile = await myProfile();
    expect(profile.talents).toEqual([
      { text: 'Ik kan goed luisteren', private: false },
      { text: 'Ik ben altijd op tijd', private: false },
    ]);
    expect(profile.travelKm).toBe(10);
  });

  it('refuses a coach of another caseload everything on the profile', async () => {
    const calls: [string, Record<string, unknown>][] = [
      [SAVE, { input: { headline: 'Overgenomen' }, jobSeekerId: jobSeeker.id }],
      [PROFILE_OF, { id: jobSeeker.id }],
      [ASSESS, { id: jobSeeker.id, input: { participationLevel: 1 } }],
      [PAUSE, { id: jobSeeker.id }],
    ];
    for (const [query, variables] of calls) {
      const response = await api.gql.request(query, variables, as('otherCoach'));
      expect(codeOf(response.errors)).toBe('FORBIDDEN');
    }
    expect((await myProfile()).headline).toBe('Zorgzaam en handig');
  });

  it('lets the coach of the caseload complete the profile, attributed to the coach and audited', async () => {
    const { saveTalentProfile } = await api.gql.data<{ saveTalentProfile: Profile }>(
      SAVE,
      {
        jobSeekerId: jobSeeker.id,
        input: {
          skills: [
            { skillId: taxonomy.careSkill.id, level: 'COMPETENT' },
            { skillId: taxonomy.forkliftSkill.id, level: 'BEGINNER' },
          ],
          hours: { min: 16, max: 24 },
          postcode: '3991ab',
          wantedRouteTypes: ['VOLUNTEER', 'PAID_JOB'],
          wantedOccupationIds: [taxonomy.careOccupation.id],
          earliestStart: dateFromToday(14),
          workExperience: [
            {
              title: 'Vrijwilliger buurthuis',
              occupationId: taxonomy.cookOccupation.id,
              from: '2021-03',
            },
          ],
        },
      },
      as('coach'),
    );
    expect(saveTalentProfile).toMatchObject({
      status: 'DRAFT',
      updatedByUserId: coach.id,
      postcode,
      municipalityCode: 'GM3991',
      completeness: { publishable: true },
      wantedOccupations: [{ id: taxonomy.careOccupation.id, label: 'helpende zorg' }],
    });
    // Dutch where ESCO has a Dutch label, English otherwise.
    expect(saveTalentProfile.skills.map((s) => s.skill.label)).toEqual([
      'empathie tonen',
      'operate forklift',
    ]);
    expect(saveTalentProfile['workExperience']).toEqual([
      expect.objectContaining({ occupation: { id: taxonomy.cookOccupation.id, label: 'kok' } }),
    ]);
  });

  it('lets the coach record the assessment, which the person sees but cannot send', async () => {
    const { assessTalentProfile } = await api.gql.data<{ assessTalentProfile: Profile }>(
      ASSESS,
      {
        id: jobSeeker.id,
        input: {
          participationLevel: 4,
          supportNeeds: ['JOB_COACH'],
          targetGroups: ['STATUS_HOLDER'],
        },
      },
      as('coach'),
    );
    expect(assessTalentProfile).toMatchObject({ participationLevel: 4, updatedByUserId: coach.id });
    expect(await myProfile()).toMatchObject({
      participationLevel: 4,
      supportNeeds: ['JOB_COACH'],
      targetGroups: ['STATUS_HOLDER'],
    });
    const sent = await api.gql.request(
      SAVE,
      { input: { participationLevel: 6, targetGroups: [] } },
      as('jobSeeker'),
    );
    expect(sent.errors?.[0]?.message).toContain('participationLevel');
    const assessed = await api.gql.request(
      ASSESS,
      { id: jobSeeker.id, input: { participationLevel: 6 } },
      as('jobSeeker'),
    );
    expect(codeOf(assessed.errors)).toBe('FORBIDDEN');
    expect((await myProfile()).participationLevel).toBe(4);
  });

  it('records the coach’s reads and edits in the audit trail, and shows the reads to the person', async () => {
    await api.gql.data(PROFILE_OF, { id: jobSeeker.id }, as('coach'));
    const { auditTrail } = await api.gql.data<{
      auditTrail: {
        items: {
          actorUserId: string;
          action: string;
          resourceType: string;
          purpose: string | null;
        }[];
      };
    }>(
      `query($s: ID) { auditTrail(filter: { subjectUserId: $s }, first: 20) { items { actorUserId action resourceType purpose } } }`,
      { s: jobSeeker.id },
      as('admin'),
    );
    const byCoach = auditTrail.items.filter(
      (item) => item.actorUserId === coach.id && item.resourceType === 'talent-profile',
    );
    expect(byCoach.map((item) => item.action).sort()).toEqual(['READ', 'UPDATE', 'UPDATE']);
    expect(byCoach.find((item) => item.action === 'READ')?.purpose).toMatch(/coach/);
    const { myDataAccessLog } = await api.gql.data<{
      myDataAccessLog: { items: { action: string; actorRole: string; resourceType: string }[] };
    }>(`{ myDataAccessLog { items { action actorRole resourceType } } }`, {}, as('jobSeeker'));
    expect(myDataAccessLog.items).toEqual(
      expect.arrayContaining([
        { action: 'READ', actorRole: 'COACH', resourceType: 'talent-profile' },
      ]),
    );
  });

  it('lets a coach prepare but not publish the profile', async () => {
    const response = await api.gql.request(PUBLISH, {}, as('coach'));
    expect(codeOf(response.errors)).toBe('FORBIDDEN');
    expect((await myProfile()).status).toBe('DRAFT');
  });

  it('writes no outbox event for edits of a draft, and hides a draft from employers', async () => {
    expect(await outboxEvents()).toEqual([]);
    const response = await api.gql.request(ANONYMISED, { id: profileId }, as('employer'));
    expect(codeOf(response.errors)).toBe('NOT_FOUND');
  });

  it('rejects bad input naming each field and rule, and changes nothing', async () => {
    const before = await myProfile();
    const response = await api.gql.request(
      SAVE,
      {
        input: {
          headline: 'Dit mag er niet half in komen',
          hours: { min: 30, max: 10 },
          postcode: '9999 ZZ',
          travelKm: 301,
          earliestStart: dateFromToday(-400),
          languages: [
            { code: 'nl', level: 'B1' },
            { code: 'nl', level: 'B2' },
          ],
          skills: [{ skillId: randomUUID(), level: 'EXPERT' }],
          wantedOccupationIds: [taxonomy.careOccupation.id, 'not-an-id'],
        },
      },
      as('jobSeeker'),
    );
    expect(codeOf(response.errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(response.errors).sort()).toEqual(
      [
        'input.earliestStart',
        'input.hours.min',
        'input.languages[1].code',
        'input.postcode',
        'input.skills[0].skillId',
        'input.travelKm',
        'input.wantedOccupationIds[1]',
      ].sort(),
    );
    expect(response.errors?.[0]?.extensions?.['violations']).toEqual(
      expect.arrayContaining([
        { field: 'input.hours.min', rule: 'at most the maximum' },
        { field: 'input.postcode', rule: 'a postcode that exists in the Netherlands' },
        { field: 'input.skills[0].skillId', rule: 'a known taxonomy reference' },
      ]),
    );
    expect(await myProfile()).toEqual(before);
  });

  it('refuses a CEFR level outside A1 to C2 before anything runs, naming the field', async () => {
    const before = await myProfile();
    const response = await api.gql.request(
      SAVE,
      { input: { languages: [{ code: 'nl', level: 'D1' }] } },
      as('jobSeeker'),
    );
    expect(codeOf(response.errors)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('languages[0].level');
    expect(await myProfile()).toEqual(before);
  });

  it('publishes on the owner’s word and tells search and matching', async () => {
    const { publishTalentProfile } = await api.gql.data<{
      publishTalentProfile: { status: string; publishedAt: string; confirmedAt: string };
    }>(PUBLISH, {}, as('jobSeeker'));
    expect(publishTalentProfile.status).toBe('PUBLISHED');
    expect(publishTalentProfile.confirmedAt).toBe(publishTalentProfile.publishedAt);
    expect(await outboxEvents()).toEqual([
      { event_type: TALENT_PROFILE_PUBLISHED, payload: { jobSeekerId: jobSeeker.id } },
    ]);
    const again = await api.gql.request(PUBLISH, {}, as('jobSeeker'));
    expect(codeOf(again.errors)).toBe('INVALID_TRANSITION');
  });

  it('shows an employer the anonymised published profile and nothing sensitive', async () => {
    const response = await api.gql.request<{ anonymisedTalentProfile: Record<string, unknown> }>(
      ANONYMISED,
      { id: profileId },
      as('employer'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.anonymisedTalentProfile).toMatchObject({
      id: profileId,
      headline: 'Zorgzaam en handig',
      talents: ['Ik kan goed luisteren', 'Ik ben altijd op tijd'],
      skills: [
        {
          id: taxonomy.careSkill.id,
          label: 'empathie tonen',
          labelLanguage: 'NL',
          level: 'COMPETENT',
        },
        {
          id: taxonomy.forkliftSkill.id,
          label: 'operate forklift',
          labelLanguage: 'EN',
          level: 'BEGINNER',
        },
      ],
      dutchLevel: 'A2',
      hours: { min: 16, max: 24 },
      area: { municipalityCode: 'GM3991', municipalityName: 'Houten stad', regionName: 'Houten' },
      wantedRouteTypes: ['VOLUNTEER', 'PAID_JOB'],
    });
    const json = JSON.stringify(response);
    for (const secret of [
      postcode,
      jobSeeker.id,
      jobSeeker.email,
      jobSeeker.fullName,
      '"STATUS_HOLDER"',
      '"JOB_COACH"',
      'participationLevel',
    ])
      expect(json).not.toContain(secret);
  });

  it('writes talent-profile.changed for a change to a published profile, the assessment included, and nothing for no change', async () => {
    await api.gql.data(SAVE, { input: { travelKm: 20 } }, as('jobSeeker'));
    await api.gql.data(ASSESS, { id: jobSeeker.id, input: { participationLevel: 5 } }, as('coach'));
    await api.gql.data(SAVE, { input: { travelKm: 20 } }, as('jobSeeker'));
    const events = (await outboxEvents()).map((event) => event.event_type);
    expect(events).toEqual([
      TALENT_PROFILE_PUBLISHED,
      TALENT_PROFILE_CHANGED,
      TALENT_PROFILE_CHANGED,
    ]);
  });

  it('lets the coach pause the profile, which then leaves search and emits nothing for edits', async () => {
    const { pauseTalentProfile } = await api.gql.data<{
      pauseTalentProfile: { status: string; pauseReason: string };
    }>(PAUSE, { id: jobSeeker.id }, as('coach'));
    expect(pauseTalentProfile).toEqual(
      expect.objectContaining({ status: 'PAUSED', pauseReason: 'BY_COACH' }),
    );
    await api.gql.data(SAVE, { input: { travelKm: 25 } }, as('jobSeeker'));
    expect((await outboxEvents()).map((event) => event.event_type).slice(-1)).toEqual([
      TALENT_PROFILE_PAUSED,
    ]);
    const response = await api.gql.request(ANONYMISED, { id: profileId }, as('employer'));
    expect(codeOf(response.errors)).toBe('NOT_FOUND');
  });

  it('asks the owner to confirm after 90 days and pauses the profile 14 days after that', async () => {
    await api.gql.data(PUBLISH, {}, as('jobSeeker'));
    const db = dataSourceOf(api);
    const processor = api.app.get(TalentProfileConfirmationProcessor);
    await db.query(
      `UPDATE talent_profile SET confirmed_at = now() - interval '91 days' WHERE id = $1`,
      [profileId],
    );
    const asked = await processor.sweep();
    expect(asked).toMatchObject({ requested: 1, paused: 0 });
    const email = await latestEmail(api, jobSeeker.email, EmailKind.ProfileConfirmation);
    expect(email.textBody).toContain('/talent-profile');
    expect(await myProfile()).toMatchObject({ status: 'PUBLISHED' });
    expect((await myProfile()).confirmationRequestedAt).not.toBeNull();
    // A second run on the same day asks nobody twice.
    expect(await processor.sweep()).toMatchObject({ requested: 0, paused: 0 });

    await db.query(
      `UPDATE talent_profile SET confirmation_requested_at = now() - interval '15 days' WHERE id = $1`,
      [profileId],
    );
    expect(await processor.sweep()).toMatchObject({ requested: 0, paused: 1 });
    expect(await myProfile()).toMatchObject({ status: 'PAUSED', pauseReason: 'NOT_CONFIRMED' });
    expect((await outboxEvents()).map((event) => event.event_type).slice(-1)).toEqual([
      TALENT_PROFILE_PAUSED,
    ]);
    const response = await api.gql.request(ANONYMISED, { id: profileId }, as('employer'));
    expect(codeOf(response.errors)).toBe('NOT_FOUND');
  });

  it('publishes a profile that paused itself again when its owner confirms it', async () => {
    const { confirmTalentProfile } = await api.gql.data<{
      confirmTalentProfile: { status: string; confirmationRequestedAt: string | null };
    }>(CONFIRM, {}, as('jobSeeker'));
    expect(confirmTalentProfile).toEqual(
      expect.objectContaining({ status: 'PUBLISHED', confirmationRequestedAt: null }),
    );
    expect((await outboxEvents()).map((event) => event.event_type).slice(-1)).toEqual([
      TALENT_PROFILE_PUBLISHED,
    ]);
  });

  it('lets the owner pause their own profile', async () => {
    const { pauseTalentProfile } = await api.gql.data<{
      pauseTalentProfile: { status: string; pauseReason: string };
    }>(PAUSE, {}, as('jobSeeker'));
    expect(pauseTalentProfile).toEqual(
      expect.objectContaining({ status: 'PAUSED', pauseReason: 'BY_OWNER' }),
    );
  });

  it('lists the caseload’s profiles with status and completeness, a page at a time', async () => {
    const second = await createUser(api, Role.JOB_SEEKER);
    await dataSourceOf(api)
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: second.id, assignedBy: admin.id });
    await api.gql.data(
      SAVE,
      { jobSeekerId: second.id, input: { headline: 'Doener' } },
      as('coach'),
    );
    const PAGE = `query($after: String) { caseloadTalentProfiles(first: 1, after: $after) {
      items { jobSeekerId status completeness { score } } nextCursor } }`;
    type Page = {
      caseloadTalentProfiles: {
        items: { jobSeekerId: string; status: string; completeness: { score: number } }[];
        nextCursor: string | null;
      };
    };
    const first = await api.gql.data<Page>(PAGE, {}, as('coach'));
    expect(first.caseloadTalentProfiles.items).toHaveLength(1);
    expect(first.caseloadTalentProfiles.nextCursor).not.toBeNull();
    const next = await api.gql.data<Page>(
      PAGE,
      { after: first.caseloadTalentProfiles.nextCursor },
      as('coach'),
    );
    expect(next.caseloadTalentProfiles.nextCursor).toBeNull();
    const all = [...first.caseloadTalentProfiles.items, ...next.caseloadTalentProfiles.items];
    expect(all.map((item) => item.jobSeekerId).sort()).toEqual([jobSeeker.id, second.id].sort());
    expect(all.find((item) => item.jobSeekerId === second.id)).toEqual({
      jobSeekerId: second.id,
      status: 'DRAFT',
      completeness: { score: 15 },
    });
    const other = await api.gql.data<Page>(PAGE, {}, as('otherCoach'));
    expect(other.caseloadTalentProfiles.items).toEqual([]);
  });

  it('loads the relations of a list of profiles with one query per relation, not per profile', async () => {
    for (let i = 0; i < 3; i++) {
      const person = await createUser(api, Role.JOB_SEEKER);
      await dataSourceOf(api)
        .getRepository(CaseloadAssignmentEntity)
        .save({ coachId: coach.id, jobSeekerId: person.id, assignedBy: admin.id });
      await api.gql.data(
        SAVE,
        {
          jobSeekerId: person.id,
          input: {
            skills: [{ skillId: taxonomy.cookingSkill.id, level: 'EXPERT' }],
            wantedOccupationIds: [taxonomy.cookOccupation.id],
          },
        },
        as('coach'),
      );
    }
    const logger = dataSourceOf(api).logger;
    const original = logger.logQuery.bind(logger);
    const queries: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      // Only the GraphQL request's own queries: the in-process worker (search sync, matching) reads the same
      // tables at the same time, under a job id instead of a request id.
      const context = currentLogContext();
      if (context.requestId && !context.jobId) queries.push(query);
      return original(query, parameters, runner);
    };
    let items: { skills: { skill: { label: string } }[]; wantedOccupations: unknown[] }[];
    try {
      ({
        caseloadTalentProfiles: { items },
      } = await api.gql.data<{
        caseloadTalentProfiles: {
          items: { skills: { skill: { label: string } }[]; wantedOccupations: unknown[] }[];
        };
      }>(
        `{ caseloadTalentProfiles(first: 10) { items { skills { skill { label } } wantedOccupations { label } completeness { score } } } }`,
        {},
        as('coach'),
      ));
    } finally {
      logger.logQuery = original;
    }
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(
      items.filter((item) => item.skills[0]?.skill.label === 'maaltijden bereiden'),
    ).toHaveLength(3);
    const touching = (table: string) =>
      queries.filter((query) => new RegExp(`FROM "${table}"`).test(query)).length;
    expect({
      skillLinks: touching('talent_profile_skill'),
      occupationLinks: touching('talent_profile_occupation'),
      skills: touching('skill'),
      occupations: touching('occupation'),
    }).toEqual({ skillLinks: 1, occupationLinks: 1, skills: 1, occupations: 1 });
  });
});
