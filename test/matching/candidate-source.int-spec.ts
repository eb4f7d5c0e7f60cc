import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UserEntity, EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import {
  loadMatchProfiles,
  loadMatchVacancies,
  PostgresCandidateSource,
  profileIsPublished,
  vacancyIsOpen,
} from '@werkmatch/matching/data-access';
import { isEligible } from '@werkmatch/matching/domain';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import {
  TalentProfileEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { VacancyEntity, VacancySkillEntity } from '@werkmatch/vacancies/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  CEFR_LEVELS_IN_ORDER,
  RouteType,
  SkillLevel,
  TargetGroup,
  VACANCY_ROUTE_TYPES,
} from '@werkmatch/work/domain';

const TODAY = '2026-06-15';

/** mulberry32: the same "random" people and vacancies on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/*
 * The SQL hard conditions of the default candidate source against the domain's `isEligible`: over generated
 * people and vacancies that all share a skill (so every pair is in the pool), the source must return exactly
 * the eligible pairs, from both sides. A condition the SQL forgot would propose the impossible; one it made
 * stricter would silently lose proposals.
 */
describe('PostgresCandidateSource', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const profileIds: string[] = [];
  const vacancyIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
    const random = seededRandom(6);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

    await dataSource.getRepository(IscoGroupEntity).save({ code: '5322', labelNl: 'Thuiszorg' });
    const occupation = await dataSource.getRepository(OccupationEntity).save({
      uri: `http://data.europa.eu/esco/occupation/${randomUUID()}`,
      labelNl: 'helpende zorg',
      labelEn: 'care assistant',
      altLabelsNl: [],
      altLabelsEn: [],
      iscoGroupCode: '5322',
    });
    const skill = await dataSource.getRepository(SkillEntity).save({
      uri: `http://data.europa.eu/esco/skill/${randomUUID()}`,
      labelNl: 'empathie tonen',
      labelEn: 'show empathy',
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    });
    const organisation = await dataSource.getRepository(EmployerOrganisationEntity).save({
      name: 'Zorggroep',
      kvkNumber: '87654321',
      street: 'Laan',
      houseNumber: '1',
      postcode: '3991AB',
      city: 'Houten',
      sector: 'Zorg',
      regionId: null,
      verifiedAt: new Date(),
      verifiedBy: null,
    });

    const wanted = [
      RouteType.PAID_JOB,
      RouteType.VOLUNTEER,
      RouteType.SHELTERED_WORK,
      RouteType.LEARN_WORK,
    ];
    for (let i = 0; i < 60; i++) {
      const user = await dataSource.getRepository(UserEntity).save({
        email: `candidate-${i}-${randomUUID()}@example.org`,
        passwordHash: 'x',
        role: Role.JOB_SEEKER,
        fullName: `Persoon ${i}`,
      });
      const min = between(4, 32);
      const profile = await dataSource.getRepository(TalentProfileEntity).save({
        jobSeekerId: user.id,
        status: random() < 0.85 ? TalentProfileStatus.PUBLISHED : TalentProfileStatus.PAUSED,
        dutchLevel: random() < 0.1 ? null : pick(CEFR_LEVELS_IN_ORDER),
        hoursMin: min,
        hoursMax: Math.min(40, min + between(0, 12)),
        lat: 52 + between(0, 40) / 111.2,
        lon: 5.1,
        travelKm: between(3, 30),
        wantedRouteTypes: [...new Set([pick(wanted), pick(wanted)])],
        participationLevel: random() < 0.4 ? null : between(1, 6),
        targetGroups: random() < 0.3 ? [TargetGroup.SHELTERED_WORK] : [TargetGroup.YOUTH],
      });
      profileIds.push(profile.id);
      await dataSource.getRepository(TalentProfileSkillEntity).insert({
        profileId: profile.id,
        skillId: skill.id,
        level: SkillLevel.COMPETENT,
        position: 0,
      });
    }
    for (let i = 0; i < 25; i++) {
      const min = between(4, 32);
      const remote = random() < 0.1;
      const vacancy = await dataSource.getRepository(VacancyEntity).save({
        organisationId: organisation.id,
        status: random() < 0.85 ? VacancyStatus.PUBLISHED : VacancyStatus.CLOSED,
        title: `Vacature ${i}`,
        description: 'Een vacature om de kandidaten te vinden.',
        occupationId: occupation.id,
        routeType: pick(VACANCY_ROUTE_TYPES),
        hoursMin: min,
        hoursMax: Math.min(40, min + between(0, 12)),
        remote,
        lat: remote && random() < 0.5 ? null : 52 + between(0, 40) / 111.2,
        lon: 5.1,
        minDutchLevel: random() < 0.3 ? null : pick(CEFR_LEVELS_IN_ORDER.slice(0, 4)),
        closingDate: random() < 0.9 ? '2026-07-31' : '2026-06-14',
      });
      vacancyIds.push(vacancy.id);
      await dataSource.getRepository(VacancySkillEntity).insert({
        vacancyId: vacancy.id,
        skillId: skill.id,
        required: true,
        position: 0,
      });
    }
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const eligiblePairs = async () => {
    const profiles = await loadMatchProfiles(dataSource, profileIds);
    const vacancies = await loadMatchVacancies(dataSource, vacancyIds);
    const pairs = new Set<string>();
    for (const profile of profiles.values())
      for (const vacancy of vacancies.values())
        if (
          profileIsPublished(profile) &&
          vacancyIsOpen(vacancy, TODAY) &&
          profile.candidate &&
          isEligible(profile.candidate, vacancy.input).eligible
        )
          pairs.add(`${profile.profileId}:${vacancy.vacancyId}`);
    return pairs;
  };

  it('returns for each vacancy exactly the people the scorer finds eligible', async () => {
    const source = new PostgresCandidateSource(dataSource);
    const found = new Set<string>();
    for (const vacancyId of vacancyIds)
      for (const profileId of await source.profilesForVacancy(vacancyId, TODAY, 1_000))
        found.add(`${profileId}:${vacancyId}`);
    const expected = await eligiblePairs();
    // Generated to hold both kinds of pairs: the comparison says something.
    expect(expected.size).toBeGreaterThan(20);
    expect(expected.size).toBeLessThan((profileIds.length * vacancyIds.length) / 2);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('returns for each person exactly the vacancies the scorer finds eligible', async () => {
    const source = new PostgresCandidateSource(dataSource);
    const found = new Set<string>();
    for (const profileId of profileIds)
      for (const vacancyId of await source.vacanciesForProfile(profileId, TODAY, 1_000))
        found.add(`${profileId}:${vacancyId}`);
    expect([...found].sort()).toEqual([...(await eligiblePairs())].sort());
  });

  it('keeps to the limit, the most relevant first', async () => {
    const source = new PostgresCandidateSource(dataSource);
    let checked = 0;
    for (const profileId of profileIds) {
      const all = await source.vacanciesForProfile(profileId, TODAY, 1_000);
      if (all.length < 3) continue;
      expect(await source.vacanciesForProfile(profileId, TODAY, 2)).toEqual(all.slice(0, 2));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
