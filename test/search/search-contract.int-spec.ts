import { randomBytes } from 'node:crypto';
import { createDataSource } from '@werkmatch/database';
import { distanceKm } from '@werkmatch/geo/domain';
import {
  HoursBand,
  MeilisearchSearchEngine,
  PostgresSearchEngine,
  SEARCH_LIMITS,
  SearchFacet,
  type SearchEngine,
  type SearchResult,
  SearchSort,
  SkillMatch,
  TALENT_PROFILE_DOCUMENT_FIELDS,
  type TalentProfileSearchDocument,
  VACANCY_DOCUMENT_FIELDS,
  type VacancySearchDocument,
  type VacancySearchFilters,
} from '@werkmatch/search';
import { ValidationError } from '@werkmatch/shared/errors';
import { createTestDatabase, type TestDatabase } from '@werkmatch/shared/testing';
import { CefrLevel, EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';
import {
  OCCUPATION,
  P,
  PLACE,
  profile,
  PROFILES,
  REGION,
  SKILL,
  V,
  VACANCIES,
} from './search-fixtures';

/*
 * One contract for the search port, run against every engine that is available: the built-in PostgreSQL engine
 * always, Meilisearch when MEILI_URL names a server (README, "Search"). Written against the port only, so both
 * engines are held to the same behaviour.
 */

interface EngineUnderTest {
  engine: SearchEngine;
  stop(): Promise<void>;
}

async function postgresEngine(listening: boolean): Promise<EngineUnderTest> {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = createDataSource({
    url: database.url,
    entities: [],
    migrations: [],
    poolSize: 4,
  });
  await dataSource.initialize();
  const engine = new PostgresSearchEngine(
    dataSource,
    listening ? { databaseUrl: database.url } : {},
  );
  await engine.start();
  return {
    engine,
    async stop() {
      await engine.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

async function meilisearchEngine(): Promise<EngineUnderTest> {
  const engine = new MeilisearchSearchEngine({
    url: process.env['MEILI_URL'] as string,
    apiKey: process.env['MEILI_API_KEY'],
    // Indexes of their own, so the suite can run against a server that holds real ones.
    indexPrefix: `contract-${randomBytes(4).toString('hex')}-`,
  });
  await engine.start();
  return { engine, stop: () => engine.dropIndexes() };
}

const ids = <D extends { id: string }>(result: SearchResult<D>) =>
  result.hits.map((hit) => hit.document.id);
const idSet = <D extends { id: string }>(result: SearchResult<D>) => new Set(ids(result));
const sortedByDate = <D extends { id: string }>(documents: D[], date: (d: D) => string) =>
  [...documents].sort((a, b) => date(b).localeCompare(date(a))).map((d) => d.id);

async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

function searchContract(start: () => Promise<EngineUnderTest>): void {
  let under: EngineUnderTest;
  let engine: SearchEngine;

  beforeAll(async () => {
    under = await start();
    engine = under.engine;
  });

  afterAll(async () => {
    await under?.stop();
  });

  beforeEach(async () => {
    await engine.vacancies.clear();
    await engine.talentProfiles.clear();
    await engine.vacancies.upsert(VACANCIES);
    await engine.talentProfiles.upsert(PROFILES);
  });

  const all = { page: { limit: 100 } };

  describe('text', () => {
    it('finds verpleegkundige when typed verpleegkundge', async () => {
      const result = await engine.vacancies.search({ query: 'verpleegkundge' });
      expect(ids(result)).toEqual([V.NURSE]);
    });

    it('finds orderpicker profiles when typed orderpikcer', async () => {
      const result = await engine.talentProfiles.search({ query: 'orderpikcer' });
      expect(ids(result)).toEqual([P.ORDER_PICKER]);
    });

    it('completes the word being typed', async () => {
      const result = await engine.vacancies.search({ query: 'magazijnm' });
      expect(idSet(result)).toEqual(new Set([V.WAREHOUSE, V.ORDER_PICKER]));
    });

    it('completes a word whose Dutch stem is shorter than what was typed', async () => {
      const result = await engine.vacancies.search({ query: 'verpleegkundi' });
      expect(ids(result)).toEqual([V.NURSE]);
    });

    it('finds a plural form of a word in the document', async () => {
      const result = await engine.vacancies.search({ query: 'verpleegkundigen ' });
      expect(ids(result)).toEqual([V.NURSE]);
    });

    it('searches skill and occupation labels', async () => {
      expect(ids(await engine.vacancies.search({ query: 'heftruck besturen' }))).toEqual([
        V.WAREHOUSE,
      ]);
      expect(ids(await engine.talentProfiles.search({ query: 'administratie bijhouden' }))).toEqual(
        [P.CLERK],
      );
    });

    it('finds only documents that contain every word', async () => {
      expect(ids(await engine.vacancies.search({ query: 'kok groningen ' }))).toEqual([V.COOK]);
      expect((await engine.vacancies.search({ query: 'kok utrecht ' })).total).toBe(0);
    });

    it('ignores Dutch stop words', async () => {
      const result = await engine.vacancies.search({
        query: 'een hovenier voor de groenvoorziening',
      });
      expect(ids(result)).toEqual([V.GARDENER]);
    });

    it('finds schoonmaker vacancies when searching for a schoonmaakmedewerker (synonyms)', async () => {
      const result = await engine.vacancies.search({ query: 'schoonmaakmedewerker kantoren' });
      expect(ids(result)).toEqual([V.CLEANER]);
    });

    it('ranks a match in the title above a match in the description only', async () => {
      const result = await engine.vacancies.search({ query: 'thuiszorg' });
      expect(ids(result)).toEqual([V.NURSE, V.ZORGSTART]);
    });

    it('highlights what matched in the title and in the description', async () => {
      const result = await engine.vacancies.search({ query: 'verpleegkundige' });
      const hit = result.hits[0];
      expect(hit?.document.id).toBe(V.NURSE);
      const matched = (field: 'title' | 'description') =>
        (hit?.highlights[field] ?? []).filter((part) => part.matched).map((part) => part.text);
      expect(matched('title')).toEqual(['Verpleegkundige']);
      expect(matched('description')).toContain('verpleegkundige');
      // Unmatched pieces are kept, so the title reads whole.
      expect(hit?.highlights.title?.map((part) => part.text).join('')).toBe(
        'Verpleegkundige thuiszorg',
      );
    });

    it('leaves highlights out when they are not asked for, and finds the same', async () => {
      const marked = await engine.vacancies.search({ query: 'verpleegkundige' });
      const plain = await engine.vacancies.search({ query: 'verpleegkundige', highlights: false });
      expect(ids(plain)).toEqual(ids(marked));
      expect(plain.total).toBe(marked.total);
      expect(plain.hits.map((hit) => hit.highlights)).toEqual(plain.hits.map(() => ({})));
      expect(marked.hits[0]?.highlights.title).toBeDefined();
    });

    it('highlights the word a typo was corrected to', async () => {
      const result = await engine.vacancies.search({ query: 'verpleegkundge' });
      const matched = result.hits[0]?.highlights.title?.find((part) => part.matched);
      expect(matched?.text.toLowerCase()).toMatch(/^verpleegkund/);
    });

    it('highlights a matched talent of a profile', async () => {
      const result = await engine.talentProfiles.search({ query: 'geduldig' });
      expect(ids(result)).toEqual([P.CARER]);
      const parts = result.hits[0]?.highlights.talents ?? [];
      expect(parts.filter((part) => part.matched).map((part) => part.text)).toEqual(['Geduldig']);
    });
  });

  describe('search text is never read as a filter', () => {
    it.each([
      'route_type = PAID_JOB OR 1=1',
      `kok' OR '1'='1`,
      `'; DROP TABLE search_vacancy; --`,
      'f_routeTypes = "PAID_JOB" OR id EXISTS',
      'verpleeg & !kok | (a:*)',
    ])('returns no spurious hits and no error for %s', async (query) => {
      const result = await engine.vacancies.search({ query });
      expect(result.total).toBe(0);
      expect(await engine.vacancies.count()).toBe(VACANCIES.length);
    });

    it('treats quotes and minus signs as spaces', async () => {
      expect(ids(await engine.vacancies.search({ query: '"hovenier"' }))).toEqual([V.GARDENER]);
      expect(ids(await engine.vacancies.search({ query: 'hovenier -groenvoorziening' }))).toEqual([
        V.GARDENER,
      ]);
    });

    it('searches without text when the query holds no letters or digits', async () => {
      expect((await engine.vacancies.search({ query: '%_*"()' })).total).toBe(VACANCIES.length);
    });
  });

  describe('filters', () => {
    const vacancyIds = async (filters: VacancySearchFilters) =>
      idSet(await engine.vacancies.search({ filters, ...all }));

    it('filters on route types, any of them', async () => {
      expect(
        await vacancyIds({ routeTypes: [RouteType.VOLUNTEER, RouteType.DAY_ACTIVITY] }),
      ).toEqual(new Set([V.MEALS_VOLUNTEER, V.DAY_ACTIVITY]));
      const profiles = await engine.talentProfiles.search({
        filters: { routeTypes: [RouteType.LEARN_WORK] },
      });
      expect(ids(profiles)).toEqual([P.CARER]);
    });

    it('keeps documents whose hours overlap the range asked for', async () => {
      expect(await vacancyIds({ hours: { min: 12, max: 16 } })).toEqual(
        new Set([V.ORDER_PICKER, V.CLEANER, V.DISHWASHER, V.DAY_ACTIVITY]),
      );
    });

    it('keeps vacancies asking at most an education level, and those asking none', async () => {
      expect(await vacancyIds({ educationLevel: { atMost: EducationLevel.VMBO } })).toEqual(
        new Set([
          V.WAREHOUSE,
          V.ORDER_PICKER,
          V.CLEANER,
          V.DISHWASHER,
          V.MEALS_VOLUNTEER,
          V.WAITER,
          V.GARDENER,
          V.DAY_ACTIVITY,
        ]),
      );
    });

    it('keeps profiles with at least an education level, not those without one', async () => {
      const result = await engine.talentProfiles.search({
        filters: { educationLevel: { atLeast: EducationLevel.MBO_2 } },
      });
      expect(idSet(result)).toEqual(new Set([P.CARER, P.CLERK, P.NURSE]));
    });

    it('keeps profiles with at least a minimum Dutch level', async () => {
      const result = await engine.talentProfiles.search({
        filters: { dutchLevel: { atLeast: CefrLevel.B1 } },
      });
      expect(idSet(result)).toEqual(new Set([P.CARER, P.VOLUNTEER, P.CLERK, P.NURSE]));
    });

    it('keeps vacancies a person with A2 Dutch can apply for', async () => {
      expect(await vacancyIds({ dutchLevel: { atMost: CefrLevel.A2 } })).toEqual(
        new Set([
          V.WAREHOUSE,
          V.ORDER_PICKER,
          V.CLEANER,
          V.COOK,
          V.DISHWASHER,
          V.MEALS_VOLUNTEER,
          V.GARDENER,
          V.DAY_ACTIVITY,
        ]),
      );
    });

    it('keeps vacancies offering every inclusive option asked for', async () => {
      expect(await vacancyIds({ inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE] })).toEqual(
        new Set([V.ZORGSTART, V.ORDER_PICKER, V.DISHWASHER, V.GARDENER]),
      );
      expect(
        await vacancyIds({
          inclusiveOptions: [
            InclusiveOption.JOB_COACH_POSSIBLE,
            InclusiveOption.ACCESSIBLE_WORKPLACE,
          ],
        }),
      ).toEqual(new Set([V.DISHWASHER, V.GARDENER]));
    });

    it('filters on region', async () => {
      expect(await vacancyIds({ regionIds: [REGION.AMERSFOORT] })).toEqual(
        new Set([V.CLEANER, V.GARDENER]),
      );
    });

    it('filters on occupation', async () => {
      expect(await vacancyIds({ occupationIds: [OCCUPATION.WAREHOUSE.id] })).toEqual(
        new Set([V.WAREHOUSE, V.ORDER_PICKER]),
      );
    });

    it('filters on an ISCO group at any level', async () => {
      expect(await vacancyIds({ iscoGroups: ['9112'] })).toEqual(new Set([V.CLEANER]));
      expect(await vacancyIds({ iscoGroups: ['53'] })).toEqual(new Set([V.ZORGSTART]));
      expect(await vacancyIds({ iscoGroups: ['5'] })).toEqual(
        new Set([V.ZORGSTART, V.COOK, V.WAITER]),
      );
      const profiles = await engine.talentProfiles.search({ filters: { iscoGroups: ['2'] } });
      expect(ids(profiles)).toEqual([P.NURSE]);
    });

    it('filters on skills, all of them by default or any of them', async () => {
      const skillIds = [SKILL.FORKLIFT.id, SKILL.ORDER_PICKING.id];
      expect(await vacancyIds({ skillIds })).toEqual(new Set([V.WAREHOUSE]));
      expect(await vacancyIds({ skillIds, skillMatch: SkillMatch.ANY })).toEqual(
        new Set([V.WAREHOUSE, V.ORDER_PICKER]),
      );
    });

    it('combines text and filters', async () => {
      const result = await engine.vacancies.search({
        query: 'orderpicker',
        filters: { routeTypes: [RouteType.SUPPORTED_JOB], regionIds: [REGION.MIDDEN_UTRECHT] },
      });
      expect(ids(result)).toEqual([V.ORDER_PICKER]);
    });

    it('keeps documents within a radius around a point and gives their distance', async () => {
      const near = { ...PLACE.HOUTEN.at, radiusKm: 10 };
      const result = await engine.vacancies.search({ filters: { near }, ...all });
      expect(idSet(result)).toEqual(
        new Set([
          V.NURSE,
          V.MEALS_VOLUNTEER,
          V.DAY_ACTIVITY,
          V.WAREHOUSE,
          V.ORDER_PICKER,
          V.WAITER,
          V.CLERK,
        ]),
      );
      for (const hit of result.hits) {
        const location = hit.document.location;
        expect(location).not.toBeNull();
        expect(hit.distanceKm).toBeCloseTo(distanceKm(near, location ?? near), 1);
        expect(hit.distanceKm).toBeLessThanOrEqual(10);
      }
    });

    it('sorts by distance, nearest first', async () => {
      const near = { ...PLACE.HOUTEN.at, radiusKm: 30 };
      const result = await engine.vacancies.search({
        filters: { near },
        sort: SearchSort.DISTANCE,
        ...all,
      });
      const distances = result.hits.map((hit) => hit.distanceKm ?? Number.NaN);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(new Set(ids(result).slice(0, 3))).toEqual(
        new Set([V.NURSE, V.MEALS_VOLUNTEER, V.DAY_ACTIVITY]),
      );
      expect(ids(result).slice(3)).toEqual(
        expect.arrayContaining([V.WAREHOUSE, V.ORDER_PICKER, V.CLEANER, V.ZORGSTART]),
      );
      expect(ids(result)).toContain(V.ZORGSTART);
      expect(ids(result)).not.toContain(V.COOK);
      expect(ids(result).indexOf(V.WAREHOUSE)).toBeLessThan(ids(result).indexOf(V.CLEANER));
    });

    it('finds profiles around a vacancy', async () => {
      const result = await engine.talentProfiles.search({
        filters: { near: { ...PLACE.NIEUWEGEIN.at, radiusKm: 15 } },
        sort: SearchSort.DISTANCE,
      });
      expect(ids(result)).toEqual([P.ORDER_PICKER, P.CARER, P.VOLUNTEER, P.CLERK]);
    });
  });

  describe('facets', () => {
    it('counts route types, hours bands and Dutch levels over every hit, not only the page', async () => {
      const result = await engine.vacancies.search({
        filters: { regionIds: [REGION.MIDDEN_UTRECHT] },
        facets: [SearchFacet.ROUTE_TYPE, SearchFacet.HOURS_BAND, SearchFacet.DUTCH_LEVEL],
        page: { limit: 2 },
      });
      expect(result.total).toBe(7);
      expect(result.hits).toHaveLength(2);
      expect(result.facets[SearchFacet.ROUTE_TYPE]).toEqual([
        { value: RouteType.PAID_JOB, count: 4 },
        { value: RouteType.DAY_ACTIVITY, count: 1 },
        { value: RouteType.SUPPORTED_JOB, count: 1 },
        { value: RouteType.VOLUNTEER, count: 1 },
      ]);
      expect(result.facets[SearchFacet.HOURS_BAND]).toEqual([
        { value: HoursBand.HOURS_25_32, count: 4 },
        { value: HoursBand.HOURS_17_24, count: 3 },
        { value: HoursBand.HOURS_1_8, count: 2 },
        { value: HoursBand.HOURS_33_40, count: 2 },
        { value: HoursBand.HOURS_9_16, count: 2 },
      ]);
      expect(result.facets[SearchFacet.DUTCH_LEVEL]).toEqual([
        { value: CefrLevel.A2, count: 2 },
        { value: CefrLevel.A1, count: 1 },
        { value: CefrLevel.B1, count: 1 },
        { value: CefrLevel.B2, count: 1 },
        { value: CefrLevel.C1, count: 1 },
      ]);
      expect(result.facets[SearchFacet.REGION]).toBeUndefined();
    });

    it('counts regions of the hits of a text search', async () => {
      const result = await engine.talentProfiles.search({
        query: 'medewerker',
        facets: [SearchFacet.REGION, SearchFacet.ROUTE_TYPE],
      });
      expect(ids(result)).toEqual([P.CLERK]);
      expect(result.facets[SearchFacet.REGION]).toEqual([
        { value: REGION.MIDDEN_UTRECHT, count: 1 },
      ]);
      expect(result.facets[SearchFacet.ROUTE_TYPE]).toEqual([
        { value: RouteType.PAID_JOB, count: 1 },
      ]);
    });

    it('counts what was written since the same search last ran', async () => {
      const regions = async () =>
        (await engine.vacancies.search({ facets: [SearchFacet.REGION] })).facets[
          SearchFacet.REGION
        ]?.find((f) => f.value === REGION.MIDDEN_UTRECHT)?.count;
      expect(await regions()).toBe(7);
      const extra = {
        ...(VACANCIES[0] as VacancySearchDocument),
        id: '0000000a-0000-4000-8000-000000000098',
      };
      await engine.vacancies.upsert([extra]);
      expect(await regions()).toBe(8);
      expect((await engine.vacancies.search({})).total).toBe(VACANCIES.length + 1);
      await engine.vacancies.delete([extra.id]);
      expect(await regions()).toBe(7);
      expect((await engine.vacancies.search({})).total).toBe(VACANCIES.length);
    });

    it('counts every region without filters', async () => {
      const result = await engine.vacancies.search({ facets: [SearchFacet.REGION] });
      expect(result.facets[SearchFacet.REGION]).toEqual([
        { value: REGION.MIDDEN_UTRECHT, count: 7 },
        { value: REGION.AMERSFOORT, count: 2 },
        ...[REGION.GRONINGEN, REGION.GOOI_EN_VECHTSTREEK, REGION.RIJNMOND]
          .sort()
          .map((value) => ({ value, count: 1 })),
      ]);
    });
  });

  describe('sorting and pagination', () => {
    it('sorts vacancies newest first by publication and profiles by last update', async () => {
      const vacancies = await engine.vacancies.search({ sort: SearchSort.DATE, ...all });
      expect(ids(vacancies)).toEqual(sortedByDate(VACANCIES, (v) => v.publishedAt));
      const profiles = await engine.talentProfiles.search({ sort: SearchSort.DATE, ...all });
      expect(ids(profiles)).toEqual(sortedByDate(PROFILES, (p) => p.updatedAt));
    });

    it('sorts newest first when there is no text to rank by', async () => {
      const result = await engine.vacancies.search({ ...all });
      expect(ids(result)).toEqual(sortedByDate(VACANCIES, (v) => v.publishedAt));
    });

    it('sorts hits of a text search by date when asked', async () => {
      const result = await engine.vacancies.search({ query: 'thuiszorg', sort: SearchSort.DATE });
      expect(ids(result)).toEqual([V.ZORGSTART, V.NURSE]);
    });

    it('pages by offset with the total on every page', async () => {
      const expected = sortedByDate(VACANCIES, (v) => v.publishedAt);
      const pages = await Promise.all(
        [0, 5, 10].map((offset) => engine.vacancies.search({ page: { limit: 5, offset } })),
      );
      expect(pages.map((page) => page.total)).toEqual([12, 12, 12]);
      expect(pages.flatMap(ids)).toEqual(expected);
      const between = await engine.vacancies.search({ page: { limit: 4, offset: 3 } });
      expect(between.total).toBe(12);
      expect(ids(between)).toEqual(expected.slice(3, 7));
    });

    it('pages by cursor until the last page', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await engine.vacancies.search({
          facets: [SearchFacet.ROUTE_TYPE],
          page: { limit: 5, ...(after ? { after } : {}) },
        });
        seen.push(...ids(page));
        after = page.nextCursor ?? undefined;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(sortedByDate(VACANCIES, (v) => v.publishedAt));
    });

    it('refuses a cursor of another search', async () => {
      const first = await engine.vacancies.search({ page: { limit: 5 } });
      const error = await validationError(
        engine.vacancies.search({
          query: 'kok',
          page: { limit: 5, after: first.nextCursor ?? '' },
        }),
      );
      expect(error.violations.map((v) => v.field)).toEqual(['page.after']);
    });
  });

  describe('writes', () => {
    it('replaces a document on upsert', async () => {
      const cook = VACANCIES.find((v) => v.id === V.COOK) as VacancySearchDocument;
      await engine.vacancies.upsert([{ ...cook, title: 'Zelfstandig werkend kok' }]);
      expect(
        (await engine.vacancies.search({ query: 'buurtrestaurant' })).hits.map(
          (h) => h.document.title,
        ),
      ).toEqual(['Zelfstandig werkend kok']);
      expect(ids(await engine.vacancies.search({ query: 'zelfstandig werkend' }))).toEqual([
        V.COOK,
      ]);
      expect(await engine.vacancies.count()).toBe(VACANCIES.length);
    });

    it('removes deleted documents from results, counts and the id list', async () => {
      await engine.vacancies.delete([V.COOK, V.GARDENER]);
      await engine.vacancies.delete([V.COOK]);
      expect((await engine.vacancies.search({ query: 'kok groningen' })).total).toBe(0);
      expect(await engine.vacancies.count()).toBe(VACANCIES.length - 2);
      expect(await engine.vacancies.count({ regionIds: [REGION.AMERSFOORT] })).toBe(1);
      const listed = await engine.vacancies.listIds();
      expect(listed).toHaveLength(VACANCIES.length - 2);
      expect(listed).not.toContain(V.COOK);
    });

    it('forgets an erased person everywhere in the talent-profile index', async () => {
      await engine.talentProfiles.delete([P.CARER]);
      expect((await engine.talentProfiles.search({ query: 'zorgzame verzorgende' })).total).toBe(0);
      const byRoute = await engine.talentProfiles.search({
        filters: { routeTypes: [RouteType.LEARN_WORK] },
        facets: [SearchFacet.ROUTE_TYPE],
      });
      expect(byRoute.total).toBe(0);
      expect(byRoute.facets[SearchFacet.ROUTE_TYPE]).toEqual([]);
      expect(await engine.talentProfiles.count()).toBe(PROFILES.length - 1);
      expect(await engine.talentProfiles.listIds()).not.toContain(P.CARER);
    });

    it('lists every indexed id with the version it holds', async () => {
      const entries = await engine.talentProfiles.listEntries();
      expect(new Set(entries.map((e) => `${e.id} ${e.updatedAt}`))).toEqual(
        new Set(PROFILES.map((p) => `${p.id} ${p.updatedAt}`)),
      );
    });

    it('counts documents with and without filters', async () => {
      expect(await engine.vacancies.count()).toBe(12);
      expect(await engine.vacancies.count({ routeTypes: [RouteType.PAID_JOB] })).toBe(5);
      expect(await engine.talentProfiles.count({ dutchLevel: { atLeast: CefrLevel.C1 } })).toBe(2);
    });

    it('rebuilds an index with exactly the documents given', async () => {
      const kept = VACANCIES.filter((v) => v.routeType === RouteType.PAID_JOB);
      const added: VacancySearchDocument = {
        ...(VACANCIES[0] as VacancySearchDocument),
        id: '0000000a-0000-4000-8000-000000000099',
        title: 'Fietsenmaker in de stalling',
      };
      async function* batches() {
        yield kept.slice(0, 2);
        yield [...kept.slice(2), added];
      }
      expect(await engine.vacancies.rebuild(batches())).toBe(kept.length + 1);
      expect(await engine.vacancies.count()).toBe(kept.length + 1);
      expect(ids(await engine.vacancies.search({ query: 'fietsenmaker' }))).toEqual([added.id]);
      expect((await engine.vacancies.search({ query: 'hovenier' })).total).toBe(0);
    });

    it('empties an index on clear', async () => {
      await engine.talentProfiles.clear();
      expect(await engine.talentProfiles.count()).toBe(0);
      expect((await engine.talentProfiles.search({ query: 'hovenier' })).total).toBe(0);
    });
  });

  describe('privacy', () => {
    const person = {
      fullName: 'Zwaantje Geheimhouder',
      email: 'zwaantje@example.org',
      phone: '0612345678',
      postcode: '3991 XK',
      targetGroups: ['STATUS_HOLDER'],
      supportNeeds: ['LANGUAGE_SUPPORT'],
      privateTalents: ['Geheimzinnigheidstalent'],
    };
    const leaky = {
      ...profile({
        id: '0000000b-0000-4000-8000-000000000099',
        headline: 'Kanariegeel talent voor de bloemenwinkel',
        talents: ['Creatief met kleur'],
        routes: [RouteType.PAID_JOB],
        occupations: [],
        skills: [{ ...SKILL.PLANTS, privateNote: 'Zwaantje' } as typeof SKILL.PLANTS],
        hours: [8, 16],
        education: null,
        dutch: CefrLevel.A2,
        place: PLACE.HOUTEN,
        updated: '2026-05-06',
      }),
      ...person,
    } as unknown as TalentProfileSearchDocument;

    it('declares no personal or sensitive field in the profile document', () => {
      const forbidden = ['fullName', 'name', 'email', 'phone', 'postcode', 'targetGroups', 'supportNeeds', 'jobSeekerId', 'birthDate']; // prettier-ignore
      expect(TALENT_PROFILE_DOCUMENT_FIELDS.filter((f) => forbidden.includes(f))).toEqual([]);
      const typed: TalentProfileSearchDocument = {
        ...(PROFILES[0] as TalentProfileSearchDocument),
        // @ts-expect-error target groups are no field of the search document
        targetGroups: [],
      };
      expect(Object.keys(typed)).toContain('targetGroups');
    });

    it('neither finds a profile by a field it does not declare nor returns one', async () => {
      await engine.talentProfiles.upsert([leaky]);
      for (const query of [
        'zwaantje',
        'geheimhouder',
        '3991',
        'example',
        '0612345678',
        'geheimzinnigheidstalent',
        'status holder',
      ])
        // prettier-ignore
        expect(ids(await engine.talentProfiles.search({ query }))).toEqual([]);
      const result = await engine.talentProfiles.search({ query: 'kanariegeel' });
      expect(ids(result)).toEqual([leaky.id]);
      const hit = result.hits[0];
      expect(Object.keys(hit?.document ?? {}).sort()).toEqual(
        [...TALENT_PROFILE_DOCUMENT_FIELDS].sort(),
      );
      expect(Object.keys(hit?.document.skills[0] ?? {}).sort()).toEqual(['id', 'label']);
      const returned = JSON.stringify(result);
      for (const secret of [
        'Zwaantje',
        'Geheimhouder',
        '3991',
        'STATUS_HOLDER',
        'LANGUAGE_SUPPORT',
        'Geheimzinnig',
      ])
        // prettier-ignore
        expect(returned).not.toContain(secret);
      const entries = await engine.talentProfiles.listEntries();
      expect(JSON.stringify(entries)).not.toContain('Zwaantje');
    });

    it('returns vacancies with exactly their declared fields', async () => {
      const result = await engine.vacancies.search({ query: 'hovenier' });
      expect(Object.keys(result.hits[0]?.document ?? {}).sort()).toEqual(
        [...VACANCY_DOCUMENT_FIELDS].sort(),
      );
    });
  });

  describe('bad input', () => {
    const fieldsOf = async (promise: Promise<unknown>) =>
      (await validationError(promise)).violations.map((v) => v.field).sort();

    it('refuses an over-long query naming the argument', async () => {
      const query = 'verpleegkundige '.repeat(20);
      expect(query.length).toBeGreaterThan(SEARCH_LIMITS.queryLength);
      expect(await fieldsOf(engine.vacancies.search({ query }))).toEqual(['query']);
    });

    it('refuses a radius out of bounds and a point off the globe', async () => {
      for (const radiusKm of [0, -5, 301, Number.NaN])
        expect(
          await fieldsOf(
            engine.vacancies.search({ filters: { near: { lat: 52, lon: 5, radiusKm } } }),
          ),
        ).toEqual(['filters.near.radiusKm']);
      expect(
        await fieldsOf(
          engine.talentProfiles.search({ filters: { near: { lat: 95, lon: 5, radiusKm: 10 } } }),
        ),
      ).toEqual(['filters.near.lat']);
    });

    it('refuses unknown enum values naming the position', async () => {
      expect(
        await fieldsOf(
          engine.vacancies.search({
            filters: { routeTypes: [RouteType.PAID_JOB, 'ASTRONAUT' as RouteType] },
          }),
        ),
      ).toEqual(['filters.routeTypes[1]']);
      expect(
        await fieldsOf(
          engine.talentProfiles.search({
            filters: { dutchLevel: { atLeast: 'D1' as CefrLevel } },
            facets: ['SALARY' as SearchFacet],
            sort: 'RANDOM' as SearchSort,
          }),
        ),
      ).toEqual(['facets[0]', 'filters.dutchLevel.atLeast', 'sort']);
    });

    it('refuses ids, ISCO codes and hours that are not what they claim', async () => {
      expect(
        await fieldsOf(
          engine.vacancies.search({
            filters: {
              regionIds: ['midden-utrecht'],
              iscoGroups: ['53a'],
              hours: { min: 30, max: 10 },
            },
          }),
        ),
      ).toEqual(['filters.hours.min', 'filters.iscoGroups[0]', 'filters.regionIds[0]']);
    });

    it('refuses a filter the index does not know', async () => {
      expect(
        await fieldsOf(
          engine.talentProfiles.search({
            filters: { inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE] } as never,
          }),
        ),
      ).toEqual(['filters.inclusiveOptions']);
    });

    it('refuses a distance sort without a point, and pages beyond the window', async () => {
      expect(await fieldsOf(engine.vacancies.search({ sort: SearchSort.DISTANCE }))).toEqual([
        'sort',
      ]);
      expect(await fieldsOf(engine.vacancies.search({ page: { limit: 101 } }))).toEqual([
        'page.limit',
      ]);
      expect(await fieldsOf(engine.vacancies.search({ page: { limit: 10, offset: 995 } }))).toEqual(
        ['page'],
      );
    });

    it('refuses documents that break their type, naming the document and field', async () => {
      const broken = { ...(VACANCIES[0] as VacancySearchDocument), id: 'v1', routeType: 'X' };
      expect(
        await fieldsOf(
          engine.vacancies.upsert([VACANCIES[1] as VacancySearchDocument, broken as never]),
        ),
      ).toEqual(['documents[1].id', 'documents[1].routeType']);
      expect(await fieldsOf(engine.vacancies.delete(['not-an-id']))).toEqual(['ids[0]']);
    });
  });
}

describe('search contract', () => {
  // As the api and worker run it: it listens for index writes and keeps counts and typed words until one.
  describe('built-in PostgreSQL engine', () => searchContract(() => postgresEngine(true)));
  describe('built-in PostgreSQL engine, not listening', () =>
    searchContract(() => postgresEngine(false)));

  // Runs only against a real server: MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=... (README, "Search").
  const meilisearch = process.env['MEILI_URL'] ? describe : describe.skip;
  meilisearch('Meilisearch engine (skipped unless MEILI_URL is set)', () =>
    searchContract(meilisearchEngine),
  );
});
