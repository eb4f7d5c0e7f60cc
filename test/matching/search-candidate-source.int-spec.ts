import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import {
  FallbackCandidateSource,
  loadMatchProfiles,
  loadMatchVacancies,
  PostgresCandidateSource,
  ProfileSnapshot,
  SearchCandidateSource,
  type CandidateSource,
  type LoadedVacancy,
} from '@werkmatch/matching/data-access';
import { MatchEngine } from '@werkmatch/matching/feature-worker';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { PostgresSearchEngine, TALENT_PROFILE_DOCUMENT_FIELDS } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { createLogger } from '@werkmatch/shared/logging';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import {
  IscoGroupEntity,
  OccupationEntity,
  OccupationSkillEntity,
  SkillEntity,
  SkillRelation,
} from '@werkmatch/taxonomy/data-access';
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

interface ProposalSnapshot {
  profile_id: string;
  vacancy_id: string;
  score: number;
  status: string;
  withdrawal_reason: string | null;
  explanation: unknown;
}

/*
 * The search-index candidate source against the PostgreSQL one, on one generated set of people and vacancies
 * indexed by the real index sync into the built-in engine: a small taxonomy (occupations in related ISCO groups
 * with essential skills), places 0–60 km apart and one far away, every route type, participation levels, both
 * indications, remote places with and without an office, places without an occupation, paused, closed and
 * expired rows. The two must keep the same candidates in the same order, and the engine must store the same
 * proposals with either.
 */
describe('SearchCandidateSource', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  let postgres: PostgresCandidateSource;
  let search: SearchCandidateSource;
  let organisationId: string;
  const profileIds: string[] = [];
  const vacancyIds: string[] = [];
  const skillIds: string[] = [];
  const occupationIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 6 });
    await dataSource.initialize();
    engine = new PostgresSearchEngine(dataSource);
    postgres = new PostgresCandidateSource(dataSource);
    search = new SearchCandidateSource(dataSource, engine);
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const some = <T>(items: readonly T[], min: number, max: number): T[] => {
      const count = between(min, max);
      const chosen = new Set<T>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
      return [...chosen];
    };

    // Two unit groups in minor group 532, one more in sub-major group 53, one elsewhere.
    for (const code of ['5322', '5321', '5311', '4321'])
      await dataSource.getRepository(IscoGroupEntity).save({ code, labelNl: `groep ${code}` });
    for (let i = 0; i < 10; i++) {
      const skill = await dataSource.getRepository(SkillEntity).save({
        uri: `http://data.europa.eu/esco/skill/${randomUUID()}`,
        labelNl: `vaardigheid ${i}`,
        labelEn: `skill ${i}`,
        altLabelsNl: [],
        altLabelsEn: [],
        skillType: null,
        reuseLevel: null,
      });
      skillIds.push(skill.id);
    }
    for (const [i, code] of ['5322', '5322', '5321', '5311', '4321'].entries()) {
      const occupation = await dataSource.getRepository(OccupationEntity).save({
        uri: `http://data.europa.eu/esco/occupation/${randomUUID()}`,
        labelNl: `beroep ${i}`,
        labelEn: `occupation ${i}`,
        altLabelsNl: [],
        altLabelsEn: [],
        iscoGroupCode: code,
      });
      occupationIds.push(occupation.id);
      await dataSource.getRepository(OccupationSkillEntity).insert(
        [0, 1, 2, 3].map((k) => ({
          occupationId: occupation.id,
          skillId: skillIds[(i * 2 + k) % skillIds.length] as string,
          relation: SkillRelation.ESSENTIAL,
        })),
      );
    }
    organisationId = (
      await dataSource.getRepository(EmployerOrganisationEntity).save({
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
      })
    ).id;

    // Places along a line north of 52°N, about 5.6 km apart, and one 110 km away.
    const place = () =>
      random() < 0.05 ? { lat: 53, lon: 5.1 } : { lat: 52 + between(0, 10) * 0.05, lon: 5.1 };
    const wanted = [
      RouteType.PAID_JOB,
      RouteType.PAID_JOB,
      RouteType.SUPPORTED_JOB,
      RouteType.VOLUNTEER,
      RouteType.SHELTERED_WORK,
      RouteType.LEARN_WORK,
      RouteType.WORK_EXPERIENCE,
      RouteType.PARTICIPATION_JOB,
    ];
    for (let i = 0; i < 90; i++) {
      const user = await dataSource.getRepository(UserEntity).save({
        email: `search-candidate-${i}-${randomUUID()}@example.org`,
        passwordHash: 'x',
        role: Role.JOB_SEEKER,
        fullName: `Persoon ${i}`,
      });
      const min = between(4, 32);
      const dutch = random() < 0.1 ? null : pick(CEFR_LEVELS_IN_ORDER);
      const groups: TargetGroup[] = [];
      if (random() < 0.3) groups.push(TargetGroup.SHELTERED_WORK);
      if (random() < 0.2) groups.push(TargetGroup.JOB_AGREEMENT);
      const profile = await dataSource.getRepository(TalentProfileEntity).save({
        jobSeekerId: user.id,
        status: random() < 0.88 ? TalentProfileStatus.PUBLISHED : TalentProfileStatus.PAUSED,
        headline: 'Aanpakker',
        // The index reads the Dutch level from the languages, the engine from the column: the service keeps both.
        languages: dutch ? [{ code: 'nl', level: dutch }] : [],
        dutchLevel: dutch,
        hoursMin: min,
        hoursMax: Math.min(40, min + between(0, 12)),
        ...place(),
        travelKm: pick([0, 3, 8, 15, 25, 40]),
        wantedRouteTypes: some(wanted, 1, 3),
        participationLevel: random() < 0.4 ? null : between(1, 6),
        targetGroups: groups,
        publishedAt: new Date(),
        confirmedAt: new Date(),
      });
      profileIds.push(profile.id);
      await dataSource.getRepository(TalentProfileSkillEntity).insert(
        some(skillIds, 1, 4).map((skillId, position) => ({
          profileId: profile.id,
          skillId,
          level: pick(Object.values(SkillLevel)),
          position,
        })),
      );
      const occupations = some(occupationIds, 0, 2);
      if (occupations.length > 0)
        await dataSource.getRepository(TalentProfileOccupationEntity).insert(
          occupations.map((occupationId, position) => ({
            profileId: profile.id,
            occupationId,
            position,
          })),
        );
    }
    for (let i = 0; i < 45; i++) {
      const min = between(4, 32);
      const remote = random() < 0.12;
      const location = remote && random() < 0.5 ? { lat: null, lon: null } : place();
      const vacancy = await dataSource.getRepository(VacancyEntity).save({
        organisationId,
        status: random() < 0.87 ? VacancyStatus.PUBLISHED : VacancyStatus.CLOSED,
        title: `Vacature ${i}`,
        description: 'Een vacature om de kandidaten te vinden.',
        occupationId: random() < 0.15 ? null : pick(occupationIds),
        routeType: pick(VACANCY_ROUTE_TYPES),
        hoursMin: min,
        hoursMax: Math.min(40, min + between(0, 12)),
        remote,
        ...location,
        minDutchLevel: random() < 0.3 ? null : pick(CEFR_LEVELS_IN_ORDER.slice(0, 4)),
        closingDate: random() < 0.9 ? '2026-07-31' : '2026-06-14',
        publishedAt: new Date(),
      });
      vacancyIds.push(vacancy.id);
      const required = some(skillIds, 1, 5);
      const nice = some(skillIds, 0, 2).filter((id) => !required.includes(id));
      await dataSource.getRepository(VacancySkillEntity).insert([
        ...required.map((skillId, position) => ({
          vacancyId: vacancy.id,
          skillId,
          required: true,
          position,
        })),
        ...nice.map((skillId, position) => ({
          vacancyId: vacancy.id,
          skillId,
          required: false,
          position: required.length + position,
        })),
      ]);
    }
    await new SearchIndexSync(engine, dataSource).reindex('all');
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const forEveryVacancy = async (source: CandidateSource, limit: number) => {
    const found: Record<string, string[]> = {};
    for (const id of vacancyIds) found[id] = await source.profilesForVacancy(id, TODAY, limit);
    return found;
  };
  const forEveryProfile = async (source: CandidateSource, limit: number) => {
    const found: Record<string, string[]> = {};
    for (const id of profileIds) found[id] = await source.vacanciesForProfile(id, TODAY, limit);
    return found;
  };

  it('finds for every vacancy the same people, in the same order, as the PostgreSQL source', async () => {
    const expected = await forEveryVacancy(postgres, 1_000);
    const pairs = Object.values(expected).flat().length;
    // Generated to hold both eligible and ineligible pairs, so agreeing says something.
    expect(pairs).toBeGreaterThan(60);
    expect(pairs).toBeLessThan((profileIds.length * vacancyIds.length) / 3);
    expect(await forEveryVacancy(search, 1_000)).toEqual(expected);
  });

  it('finds for every person the same vacancies, in the same order, as the PostgreSQL source', async () => {
    const expected = await forEveryProfile(postgres, 1_000);
    expect(Object.values(expected).flat().length).toBeGreaterThan(60);
    expect(await forEveryProfile(search, 1_000)).toEqual(expected);
  });

  it('keeps the same most relevant candidates as the PostgreSQL source when the limit cuts', async () => {
    const full = await forEveryVacancy(postgres, 1_000);
    expect(Object.values(full).filter((ids) => ids.length > 3).length).toBeGreaterThan(3);
    expect(await forEveryVacancy(search, 3)).toEqual(await forEveryVacancy(postgres, 3));
    expect(await forEveryProfile(search, 2)).toEqual(await forEveryProfile(postgres, 2));
  });

  it('finds with the in-memory snapshot of a full recomputation the same people, in the same order, as the PostgreSQL source', async () => {
    const snapshot = await ProfileSnapshot.load(dataSource);
    const vacancies = await loadMatchVacancies(dataSource, vacancyIds);
    const expected = await forEveryVacancy(postgres, 1_000);
    const found: Record<string, string[]> = {};
    for (const id of vacancyIds) {
      const vacancy = vacancies.get(id);
      // A recomputation computes the open vacancies only; the PostgreSQL source finds nobody for the others.
      found[id] =
        vacancy && vacancy.status === VacancyStatus.PUBLISHED && vacancy.closingDate >= TODAY
          ? snapshot.candidatesFor(vacancy.input, 1_000).map((profile) => profile.profileId)
          : [];
    }
    expect(snapshot.size).toBeLessThan(profileIds.length);
    expect(found).toEqual(expected);
    const cut = vacancyIds.filter((id) => (expected[id] ?? []).length > 3);
    expect(cut.length).toBeGreaterThan(3);
    for (const id of cut)
      expect(
        snapshot
          .candidatesFor((vacancies.get(id) as LoadedVacancy).input, 3)
          .map((p) => p.profileId),
      ).toEqual(expected[id]?.slice(0, 3));
  });

  it('makes the match engine store the same proposals as the PostgreSQL source', async () => {
    const run = async (source: CandidateSource): Promise<ProposalSnapshot[]> => {
      await dataSource.query('DELETE FROM match_proposal');
      const matchEngine = new MatchEngine({
        dataSource,
        source,
        logger: createLogger({ level: 'silent', role: 'worker' }),
        today: () => TODAY,
      });
      // One at a time, in id order: the per-person caps make the outcome depend on the order of computations.
      for (const id of [...vacancyIds].sort()) await matchEngine.proposeForVacancy(id);
      for (const id of [...profileIds].sort()) await matchEngine.proposeForProfile(id);
      return (await dataSource.query(
        `SELECT profile_id, vacancy_id, score, status, withdrawal_reason, explanation
         FROM match_proposal ORDER BY profile_id, vacancy_id`,
      )) as ProposalSnapshot[];
    };
    const withPostgres = await run(postgres);
    expect(withPostgres.filter((row) => row.status === 'OPEN').length).toBeGreaterThan(20);
    expect(await run(search)).toEqual(withPostgres);
  });

  it('makes a full recomputation in batches store what computing each vacancy after its event stores', async () => {
    const matchEngine = new MatchEngine({
      dataSource,
      source: postgres,
      logger: createLogger({ level: 'silent', role: 'worker' }),
      today: () => TODAY,
    });
    const snapshot = () =>
      dataSource.query(
        `SELECT profile_id, vacancy_id, score, status, withdrawal_reason, explanation
         FROM match_proposal ORDER BY profile_id, vacancy_id`,
      ) as Promise<ProposalSnapshot[]>;
    await dataSource.query('DELETE FROM match_proposal');
    for (const id of [...vacancyIds].sort()) await matchEngine.proposeForVacancy(id);
    const oneByOne = await snapshot();
    expect(oneByOne.filter((row) => row.status === 'OPEN').length).toBeGreaterThan(20);

    await dataSource.query('DELETE FROM match_proposal');
    const progress: number[] = [];
    const result = await matchEngine.recomputeAll(async (p) => {
      progress.push(p.vacanciesDone);
    });
    expect(await snapshot()).toEqual(oneByOne);
    expect(result.proposalsOpen).toBe(oneByOne.filter((row) => row.status === 'OPEN').length);
    expect(progress[progress.length - 1]).toBe(result.vacanciesTotal);
  });

  it('offers sheltered work only to people with the indication, which the search index does not hold', async () => {
    expect(TALENT_PROFILE_DOCUMENT_FIELDS).not.toContain('targetGroups');
    const sheltered = (
      (await dataSource.query(
        `SELECT id FROM vacancy WHERE route_type = $1 AND status = 'PUBLISHED' AND closing_date >= $2`,
        [RouteType.SHELTERED_WORK, TODAY],
      )) as { id: string }[]
    ).map((row) => row.id);
    const found = (
      await Promise.all(sheltered.map((id) => search.profilesForVacancy(id, TODAY, 1_000)))
    ).flat();
    const profiles = await loadMatchProfiles(dataSource, found);
    expect(found.length).toBeGreaterThan(0);
    for (const profile of profiles.values())
      expect(profile.candidate?.hasShelteredWorkIndication).toBe(true);
  });

  it('judges a changed vacancy by PostgreSQL while its index document still shows the old version', async () => {
    const vacancyId = vacancyIds[0] as string;
    const before = await search.profilesForVacancy(vacancyId, TODAY, 1_000);
    // A change committed but not indexed yet (the index sync runs on its own queue): other route, other hours.
    await dataSource.query(
      `UPDATE vacancy SET status = 'PUBLISHED', closing_date = '2026-07-31', route_type = $2, hours_min = 8,
              hours_max = 40, min_dutch_level = NULL, remote = true, version = version + 1 WHERE id = $1`,
      [vacancyId, RouteType.VOLUNTEER],
    );
    const after = await search.profilesForVacancy(vacancyId, TODAY, 1_000);
    expect(after).toEqual(await postgres.profilesForVacancy(vacancyId, TODAY, 1_000));
    expect(after).not.toEqual(before);
  });

  it('judges a changed talent profile by PostgreSQL while its index document still shows the old version', async () => {
    const published = (
      (await dataSource.query(
        `SELECT id FROM talent_profile WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
      )) as { id: string }[]
    )[0]?.id as string;
    const before = await search.vacanciesForProfile(published, TODAY, 1_000);
    await dataSource.query(
      `UPDATE talent_profile SET wanted_route_types = $2, participation_level = NULL, hours_min = 4,
              hours_max = 40, travel_km = 300, version = version + 1 WHERE id = $1`,
      [published, [RouteType.PAID_JOB, RouteType.VOLUNTEER, RouteType.LEARN_WORK]],
    );
    await dataSource.query(
      `INSERT INTO talent_profile_skill (profile_id, skill_id, level, position)
       SELECT $1, s, 'EXPERT', 100 + ordinality FROM unnest($2::uuid[]) WITH ORDINALITY AS s
       ON CONFLICT DO NOTHING`,
      [published, skillIds],
    );
    const after = await search.vacanciesForProfile(published, TODAY, 1_000);
    expect(after).toEqual(await postgres.vacanciesForProfile(published, TODAY, 1_000));
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('falls back to PostgreSQL when the search engine fails', async () => {
    const broken = createPlatformDataSource({ url: db.url, poolSize: 1 });
    await broken.initialize();
    await broken.destroy();
    const failures: string[] = [];
    const source = new FallbackCandidateSource(
      new SearchCandidateSource(dataSource, new PostgresSearchEngine(broken)),
      postgres,
      (_error, name) => failures.push(name),
    );
    const found = await forEveryVacancy(postgres, 1_000);
    const vacancyId = vacancyIds.find((id) => (found[id] ?? []).length > 0) as string;
    const expected = found[vacancyId];
    expect(await source.profilesForVacancy(vacancyId, TODAY, 1_000)).toEqual(expected);
    expect(failures).toEqual(['search']);
  });
});
