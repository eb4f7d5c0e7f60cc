import type { DataSource } from 'typeorm';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '@werkmatch/geo/data-access';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import type { OutboxEventJobData } from '@werkmatch/platform/outbox-relay';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import {
  PostgresSearchEngine,
  SearchIndexName,
  TALENT_PROFILE_DOCUMENT_FIELDS,
} from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { createTestDatabase, type TestDatabase } from '@werkmatch/shared/testing';
import {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TALENT_PROFILE_AGGREGATE, TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { replaceVacancySkills, VacancyEntity } from '@werkmatch/vacancies/data-access';
import { VACANCY_AGGREGATE_TYPE, VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
} from '@werkmatch/work/domain';

/*
 * The way from PostgreSQL into the search indexes: outbox events reload the row and upsert or delete it, a repair
 * run finds what an index missed, a reindex rebuilds it. Against the built-in engine; the contract suite shows the
 * engines behave the same once documents are in.
 */

let sequence = 0;
const event = (aggregateType: string, aggregateId: string): OutboxEventJobData => ({
  outboxEventId: String(++sequence),
  aggregateType,
  aggregateId,
  eventType: `${aggregateType}.changed`,
});

describe('search index sync', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  let sync: SearchIndexSync;
  let regionId: string;
  let organisationId: string;
  let occupation: OccupationEntity;
  let skill: SkillEntity;
  let user = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 6 });
    await dataSource.initialize();
    engine = new PostgresSearchEngine(dataSource);
    sync = new SearchIndexSync(engine, dataSource);
    regionId = (
      await dataSource
        .getRepository(LabourMarketRegionEntity)
        .save({ name: 'Midden-Utrecht', slug: 'midden-utrecht' })
    ).id;
    await dataSource
      .getRepository(MunicipalityEntity)
      .save({ code: 'GM0321', name: 'Houten', province: 'Utrecht', regionId });
    await dataSource.getRepository(PostcodeAreaEntity).save({
      pc4: '3991',
      placeNames: ['Houten'],
      municipalityCode: 'GM0321',
      lat: 52.0286,
      lon: 5.168,
    });
    organisationId = (
      await dataSource.getRepository(EmployerOrganisationEntity).save({
        name: 'Zorggroep Het Rijnhuis',
        kvkNumber: '31415926',
        street: 'Lekdijk',
        houseNumber: '3',
        postcode: '3991AB',
        city: 'Houten',
        sector: 'Zorg',
        regionId,
        verifiedAt: new Date(),
        verifiedBy: null,
      })
    ).id;
    await dataSource.getRepository(IscoGroupEntity).save({ code: '5322', labelNl: 'Thuiszorg' });
    occupation = await dataSource.getRepository(OccupationEntity).save({
      uri: 'http://data.europa.eu/esco/occupation/test-thuishulp',
      labelNl: 'thuishulp',
      labelEn: 'home care aide',
      altLabelsNl: [],
      altLabelsEn: [],
      iscoGroupCode: '5322',
    });
    skill = await dataSource.getRepository(SkillEntity).save({
      uri: 'http://data.europa.eu/esco/skill/test-empathie',
      labelNl: 'empathie tonen',
      labelEn: 'show empathy',
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    });
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  beforeEach(async () => {
    await engine.vacancies.clear();
    await engine.talentProfiles.clear();
    await dataSource.query('DELETE FROM vacancy');
    await dataSource.query('DELETE FROM talent_profile');
  });

  async function vacancy(overrides: Partial<VacancyEntity> = {}): Promise<VacancyEntity> {
    const saved = await dataSource.getRepository(VacancyEntity).save({
      organisationId,
      createdByUserId: null,
      status: VacancyStatus.PUBLISHED,
      title: 'Thuishulp in Houten',
      description: 'Je helpt ouderen thuis met het huishouden en een praatje.',
      occupationId: occupation.id,
      routeType: RouteType.PAID_JOB,
      hoursMin: 12,
      hoursMax: 20,
      positions: 1,
      remote: false,
      postcode: '3991 AB',
      pc4: '3991',
      municipalityCode: 'GM0321',
      regionId,
      lat: 52.0286,
      lon: 5.168,
      reviewRegionId: regionId,
      minDutchLevel: CefrLevel.A2,
      educationLevel: null,
      inclusiveOptions: [InclusiveOption.PART_TIME_POSSIBLE],
      contractType: ContractType.FIXED_TERM,
      payMin: null,
      payMax: null,
      payPeriod: null,
      closingDate: '2030-01-31',
      publishedAt: new Date('2026-05-01T09:00:00Z'),
      ...overrides,
    });
    await dataSource.transaction((manager) =>
      replaceVacancySkills(manager, saved.id, [skill.id], []),
    );
    return saved;
  }

  async function profile(
    overrides: Partial<TalentProfileEntity> = {},
  ): Promise<TalentProfileEntity> {
    const person = await dataSource.getRepository(UserEntity).save({
      email: `werkzoekende-${++user}@example.org`,
      passwordHash: 'not-a-real-hash',
      role: Role.JOB_SEEKER,
      fullName: 'Fenna Vertrouwelijk',
      phone: '0612345678',
      organisationId: null,
      regionId: null,
      deactivatedAt: null,
      erasedAt: null,
    });
    const saved = await dataSource.getRepository(TalentProfileEntity).save({
      jobSeekerId: person.id,
      status: TalentProfileStatus.PUBLISHED,
      headline: 'Zorgzame thuishulp met geduld',
      talents: [
        { text: 'Goed met ouderen', private: false },
        { text: 'Schuldhulpverlening loopt nog', private: true },
      ],
      workExperience: [],
      educationLevel: EducationLevel.MBO_1,
      diplomas: [],
      languages: [{ code: 'nl', level: CefrLevel.B1 }],
      dutchLevel: CefrLevel.B1,
      hoursMin: 12,
      hoursMax: 24,
      earliestStart: null,
      postcode: '3991 XK',
      pc4: '3991',
      municipalityCode: 'GM0321',
      regionId,
      lat: 52.0286,
      lon: 5.168,
      travelKm: 10,
      drivingLicences: [],
      transportModes: [],
      wantedRouteTypes: [RouteType.PAID_JOB, RouteType.VOLUNTEER],
      participationLevel: 4,
      supportNeeds: [SupportNeed.LANGUAGE_SUPPORT],
      targetGroups: [TargetGroup.STATUS_HOLDER],
      publishedAt: new Date('2026-05-01T10:00:00Z'),
      pausedAt: null,
      pauseReason: null,
      confirmedAt: new Date(),
      confirmationRequestedAt: null,
      updatedByUserId: null,
      ...overrides,
    });
    await dataSource
      .getRepository(TalentProfileSkillEntity)
      .save({ profileId: saved.id, skillId: skill.id, level: SkillLevel.COMPETENT, position: 0 });
    await dataSource
      .getRepository(TalentProfileOccupationEntity)
      .save({ profileId: saved.id, occupationId: occupation.id, position: 0 });
    return saved;
  }

  it('indexes a published vacancy on its event and removes it when it closes', async () => {
    const saved = await vacancy();
    expect(await sync.handle(event(VACANCY_AGGREGATE_TYPE, saved.id))).toEqual({
      upserted: 1,
      deleted: 0,
    });
    const found = await engine.vacancies.search({ query: 'thuishulp houten' });
    expect(found.hits.map((hit) => hit.document)).toEqual([
      expect.objectContaining({
        id: saved.id,
        occupations: [{ id: occupation.id, label: 'thuishulp', iscoGroupCode: '5322' }],
        skills: [{ id: skill.id, label: 'empathie tonen' }],
        hours: { min: 12, max: 20 },
        municipalityName: 'Houten',
        publishedAt: '2026-05-01T09:00:00.000Z',
      }),
    ]);
    await dataSource.getRepository(VacancyEntity).update(saved.id, {
      status: VacancyStatus.CLOSED,
      endedAt: new Date(),
    });
    expect(await sync.handle(event(VACANCY_AGGREGATE_TYPE, saved.id))).toEqual({
      upserted: 0,
      deleted: 1,
    });
    expect(await engine.vacancies.count()).toBe(0);
  });

  it('keeps drafts out of the index', async () => {
    const draft = await vacancy({ status: VacancyStatus.DRAFT, publishedAt: null });
    await sync.handle(event(VACANCY_AGGREGATE_TYPE, draft.id));
    expect(await engine.vacancies.count()).toBe(0);
  });

  it('indexes a published profile from its anonymised form only', async () => {
    const saved = await profile();
    await sync.handle(event(TALENT_PROFILE_AGGREGATE, saved.id));
    const found = await engine.talentProfiles.search({ query: 'zorgzame thuishulp' });
    expect(found.hits.map((hit) => hit.document.id)).toEqual([saved.id]);
    const document = found.hits[0]?.document;
    expect(Object.keys(document ?? {}).sort()).toEqual([...TALENT_PROFILE_DOCUMENT_FIELDS].sort());
    expect(document).toMatchObject({
      talents: ['Goed met ouderen'],
      wantedRouteTypes: [RouteType.PAID_JOB, RouteType.VOLUNTEER],
      occupations: [{ id: occupation.id, label: 'thuishulp', iscoGroupCode: '5322' }],
      dutchLevel: CefrLevel.B1,
      location: { lat: 52.0286, lon: 5.168 },
    });
    const everything = JSON.stringify(found);
    for (const secret of [
      'Fenna',
      'Vertrouwelijk',
      '3991 XK',
      'STATUS_HOLDER',
      'LANGUAGE_SUPPORT',
      'Schuldhulp',
      saved.jobSeekerId,
    ])
      // prettier-ignore
      expect(everything).not.toContain(secret);
    for (const query of ['schuldhulpverlening', 'vertrouwelijk', 'fenna'])
      expect((await engine.talentProfiles.search({ query })).total).toBe(0);
  });

  it('removes a paused profile and an erased one', async () => {
    const paused = await profile();
    const erased = await profile();
    await sync.syncTalentProfiles([paused.id, erased.id]);
    expect(await engine.talentProfiles.count()).toBe(2);
    await dataSource
      .getRepository(TalentProfileEntity)
      .update(paused.id, { status: TalentProfileStatus.PAUSED, pausedAt: new Date() });
    await dataSource.getRepository(TalentProfileEntity).delete(erased.id);
    await sync.handle(event(TALENT_PROFILE_AGGREGATE, paused.id));
    await sync.handle(event(TALENT_PROFILE_AGGREGATE, erased.id));
    expect(await engine.talentProfiles.listIds()).toEqual([]);
  });

  it('changes nothing when an event is processed twice or for something unknown', async () => {
    const saved = await vacancy();
    const once = event(VACANCY_AGGREGATE_TYPE, saved.id);
    await sync.handle(once);
    const before = await engine.vacancies.listEntries();
    await sync.handle(once);
    expect(await engine.vacancies.listEntries()).toEqual(before);
    expect(
      await sync.handle(event(VACANCY_AGGREGATE_TYPE, '00000000-0000-4000-8000-00000000beef')),
    ).toEqual({ upserted: 0, deleted: 1 });
    expect(await sync.handle(event('person', saved.id))).toEqual({ upserted: 0, deleted: 0 });
    expect(await engine.vacancies.count()).toBe(1);
  });

  it('ends with the latest state when events of one vacancy are processed at once', async () => {
    const saved = await vacancy();
    await Promise.all(
      Array.from({ length: 6 }, async (_, n) => {
        await dataSource
          .getRepository(VacancyEntity)
          .update(saved.id, { title: `Thuishulp versie ${n}` });
        await sync.handle(event(VACANCY_AGGREGATE_TYPE, saved.id));
      }),
    );
    await sync.handle(event(VACANCY_AGGREGATE_TYPE, saved.id));
    const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: saved.id });
    const [hit] = (await engine.vacancies.search({})).hits;
    expect(hit?.document.title).toBe(stored.title);
  });

  it('repairs what an index missed, holds in an older version, or should no longer hold', async () => {
    await vacancy({ title: 'Gemiste thuishulp' });
    const changed = await vacancy({ title: 'Oude titel thuishulp' });
    const closed = await vacancy({ title: 'Gesloten thuishulp' });
    await sync.syncVacancies([changed.id, closed.id]);
    await dataSource.getRepository(VacancyEntity).update(changed.id, { title: 'Nieuwe titel' });
    await dataSource
      .getRepository(VacancyEntity)
      .update(closed.id, { status: VacancyStatus.CLOSED, endedAt: new Date() });
    expect(await sync.repair(SearchIndexName.Vacancies)).toEqual({
      missing: 1,
      stale: 1,
      extra: 1,
    });
    const titles = (await engine.vacancies.search({})).hits.map((hit) => hit.document.title);
    expect(titles.sort()).toEqual(['Gemiste thuishulp', 'Nieuwe titel']);
    expect(await sync.repair(SearchIndexName.Vacancies)).toEqual({
      missing: 0,
      stale: 0,
      extra: 0,
    });
  });

  it('reindexes every published vacancy and profile, reporting progress', async () => {
    await vacancy();
    await vacancy({ status: VacancyStatus.DRAFT, publishedAt: null });
    await profile();
    await profile({ status: TalentProfileStatus.PAUSED, pausedAt: new Date() });
    await engine.vacancies.upsert([
      {
        ...(await engine.vacancies.search({})).hits[0]?.document,
        id: '00000000-0000-4000-8000-0000000000aa',
        title: 'Verweesd document',
        description: '',
        routeType: RouteType.PAID_JOB,
        occupations: [],
        skills: [],
        hours: { min: 1, max: 2 },
        educationLevel: null,
        minDutchLevel: null,
        inclusiveOptions: [],
        regionId: null,
        municipalityCode: null,
        municipalityName: null,
        location: null,
        publishedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    const progress: string[] = [];
    const indexed = await sync.reindex('all', (index, done, total) =>
      progress.push(`${index} ${done}/${total}`),
    );
    expect(indexed).toEqual({
      [SearchIndexName.Vacancies]: 1,
      [SearchIndexName.TalentProfiles]: 1,
    });
    expect(progress).toEqual([
      'vacancies 0/1',
      'vacancies 1/1',
      'talent-profiles 0/1',
      'talent-profiles 1/1',
    ]);
    expect((await engine.vacancies.search({ query: 'verweesd' })).total).toBe(0);
    expect(await engine.talentProfiles.count()).toBe(1);
  });
});
