import type { DataSource } from 'typeorm';
import { OutboxEventEntity } from '@werkmatch/database';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '@werkmatch/geo/data-access';
import { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { VACANCY_CLOSED_EVENT, VacancyStatus } from '@werkmatch/vacancies/domain';
import { ContractType, InclusiveOption, PayPeriod, RouteType } from '@werkmatch/work/domain';
import {
  expireVacanciesPastClosingDate,
  loadVacancyDocuments,
  replaceVacancySkills,
  VacancyEntity,
} from '@werkmatch/vacancies/data-access';

describe('vacancy data access', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let organisation: EmployerOrganisationEntity;
  let regionId: string;
  let occupation: OccupationEntity;
  let dutchSkill: SkillEntity;
  let englishSkill: SkillEntity;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
    const region = await dataSource
      .getRepository(LabourMarketRegionEntity)
      .save({ name: 'Midden-Utrecht', slug: 'midden-utrecht' });
    regionId = region.id;
    await dataSource
      .getRepository(MunicipalityEntity)
      .save({ code: 'GM0321', name: 'Houten', province: 'Utrecht', regionId });
    await dataSource.getRepository(PostcodeAreaEntity).save({
      pc4: '3991',
      placeNames: ['Houten'],
      municipalityCode: 'GM0321',
      lat: 52.03,
      lon: 5.17,
    });
    organisation = await dataSource.getRepository(EmployerOrganisationEntity).save({
      name: 'Bakkerij De Korenbloem',
      kvkNumber: '12345678',
      street: 'Molenstraat',
      houseNumber: '12',
      postcode: '3991AB',
      city: 'Houten',
      sector: 'Horeca',
      regionId,
      verifiedAt: new Date(),
      verifiedBy: null,
    });
    await dataSource.getRepository(IscoGroupEntity).save({ code: '5120', labelNl: 'Koks' });
    occupation = await dataSource.getRepository(OccupationEntity).save({
      uri: 'http://data.europa.eu/esco/occupation/test-kok',
      labelNl: 'kok',
      labelEn: 'cook',
      altLabelsNl: [],
      altLabelsEn: [],
      iscoGroupCode: '5120',
    });
    const skills = dataSource.getRepository(SkillEntity);
    dutchSkill = await skills.save({
      uri: 'http://data.europa.eu/esco/skill/test-hygiene',
      labelNl: 'hygiëne op de werkplek waarborgen',
      labelEn: 'ensure hygiene at work',
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    });
    englishSkill = await skills.save({
      uri: 'http://data.europa.eu/esco/skill/test-sauces',
      labelNl: null,
      labelEn: 'prepare sauce products',
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

  async function vacancy(overrides: Partial<VacancyEntity> = {}): Promise<VacancyEntity> {
    return dataSource.getRepository(VacancyEntity).save({
      organisationId: organisation.id,
      createdByUserId: null,
      status: VacancyStatus.PUBLISHED,
      title: 'Kok in leerwerkrestaurant',
      description: 'Je kookt samen met een vakkracht voor onze gasten.',
      occupationId: occupation.id,
      routeType: RouteType.PAID_JOB,
      hoursMin: 16,
      hoursMax: 24,
      positions: 2,
      remote: false,
      postcode: '3991 AB',
      pc4: '3991',
      municipalityCode: 'GM0321',
      regionId,
      lat: 52.03,
      lon: 5.17,
      reviewRegionId: regionId,
      minDutchLevel: null,
      educationLevel: null,
      inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE],
      contractType: ContractType.FIXED_TERM,
      payMin: '14.40',
      payMax: '16.25',
      payPeriod: PayPeriod.HOUR,
      closingDate: '2030-01-31',
      returnReason: 'internal note',
      ...overrides,
    });
  }

  it('loads a vacancy as a document with the names of what it refers to', async () => {
    const saved = await vacancy();
    await dataSource.transaction((manager) =>
      replaceVacancySkills(manager, saved.id, [englishSkill.id], [dutchSkill.id]),
    );
    const [document] = await loadVacancyDocuments(dataSource, [saved.id]);
    expect(document).toMatchObject({
      id: saved.id,
      status: VacancyStatus.PUBLISHED,
      organisationName: 'Bakkerij De Korenbloem',
      occupation: { id: occupation.id, label: 'kok', iscoGroupCode: '5120' },
      requiredSkills: [{ id: englishSkill.id, label: 'prepare sauce products' }],
      niceToHaveSkills: [{ id: dutchSkill.id, label: 'hygiëne op de werkplek waarborgen' }],
      municipalityName: 'Houten',
      regionName: 'Midden-Utrecht',
      lat: 52.03,
      lon: 5.17,
      hoursMin: 16,
      hoursMax: 24,
      inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE],
      payMin: 14.4,
      payMax: 16.25,
      closingDate: '2030-01-31',
    });
    for (const internal of ['returnReason', 'createdByUserId', 'publishedByUserId'])
      expect(document).not.toHaveProperty(internal);
  });

  it('leaves out ids without a vacancy and malformed ids', async () => {
    const remote = await vacancy({
      remote: true,
      postcode: null,
      pc4: null,
      municipalityCode: null,
      regionId: null,
      lat: null,
      lon: null,
      occupationId: null,
      contractType: null,
      payMin: null,
      payMax: null,
      payPeriod: null,
      routeType: RouteType.VOLUNTEER,
    });
    const documents = await loadVacancyDocuments(dataSource, [
      remote.id,
      '00000000-0000-4000-8000-000000000000',
      'not-an-id',
    ]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      remote: true,
      occupation: null,
      regionName: null,
      requiredSkills: [],
      payMin: null,
    });
  });

  it('expires published and submitted vacancies past their closing date, announcing only the published ones', async () => {
    const today = '2031-06-15';
    const published = await vacancy({ closingDate: '2031-06-14' });
    const submitted = await vacancy({
      status: VacancyStatus.SUBMITTED,
      closingDate: '2031-06-01',
    });
    const draft = await vacancy({ status: VacancyStatus.DRAFT, closingDate: '2031-06-01' });
    const lastDay = await vacancy({ closingDate: today });

    const first = await expireVacanciesPastClosingDate(dataSource, today);
    const statusOf = async (id: string) =>
      (await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id })).status;
    expect(await statusOf(published.id)).toBe(VacancyStatus.EXPIRED);
    expect(await statusOf(submitted.id)).toBe(VacancyStatus.EXPIRED);
    expect(await statusOf(draft.id)).toBe(VacancyStatus.DRAFT);
    expect(await statusOf(lastDay.id)).toBe(VacancyStatus.PUBLISHED);
    // Earlier tests' vacancies close in 2030 and are published too.
    expect(first.submitted).toBe(1);
    expect(first.published).toBeGreaterThanOrEqual(1);

    const events = await dataSource.getRepository(OutboxEventEntity).findBy({
      aggregateType: 'vacancy',
      eventType: VACANCY_CLOSED_EVENT,
    });
    const ids = events.map((event) => event.aggregateId);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(submitted.id);
    expect(events.find((event) => event.aggregateId === published.id)?.payload).toEqual({
      status: VacancyStatus.EXPIRED,
    });

    expect(await expireVacanciesPastClosingDate(dataSource, today)).toEqual({
      published: 0,
      submitted: 0,
    });
  });
});
