import { distanceKm } from '@werkmatch/geo/domain';
import { CefrLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';
import { VACANCY_DOCUMENT_FIELDS, type VacancySearchDocument } from '../search-documents';
import { SearchEngineError } from '../search-engine-error';
import { SearchFacet, SearchSort, SkillMatch } from '../search-request';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../search-text';
import { FakeMeilisearch } from './fake-meilisearch';
import { meilisearchFilter, quote } from './meilisearch-filter';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

const REGION = '00000001-0000-4000-8000-000000000001';
const SKILL_A = '00000002-0000-4000-8000-000000000001';
const SKILL_B = '00000002-0000-4000-8000-000000000002';

const vacancy: VacancySearchDocument = {
  id: '0000000a-0000-4000-8000-000000000001',
  title: 'Kok voor buurtrestaurant',
  description: 'Samen koken voor de wijk.',
  routeType: RouteType.WORK_EXPERIENCE,
  occupations: [
    { id: '00000003-0000-4000-8000-000000000005', label: 'kok', iscoGroupCode: '5120' },
  ],
  skills: [{ id: SKILL_A, label: 'maaltijden bereiden' }],
  hours: { min: 20, max: 28 },
  educationLevel: null,
  minDutchLevel: CefrLevel.A2,
  inclusiveOptions: [],
  regionId: REGION,
  municipalityCode: 'GM0014',
  municipalityName: 'Groningen',
  location: { lat: 53.219, lon: 6.568 },
  publishedAt: '2026-05-04T09:00:00.000Z',
  updatedAt: '2026-05-04T09:00:00.000Z',
};

describe('Meilisearch filters', () => {
  it('quotes a value and escapes its quotes and backslashes', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quote('" OR 1=1 OR "')).toBe('"\\" OR 1=1 OR \\""');
  });

  it('joins conditions with AND, each in parentheses', () => {
    expect(
      meilisearchFilter({
        routeTypes: [RouteType.PAID_JOB, RouteType.VOLUNTEER],
        hours: { min: 12, max: 16 },
        educationRank: { min: null, max: 2 },
        dutchRank: { min: 2, max: null },
        inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE],
        regionIds: [REGION],
        occupationIds: [],
        iscoPrefixes: ['53'],
        skillIds: [SKILL_A, SKILL_B],
        skillMatch: SkillMatch.ALL,
        near: { lat: 52.0286, lon: 5.168, radiusKm: 10 },
      }),
    ).toBe(
      [
        '(f_routeTypes IN ["PAID_JOB", "VOLUNTEER"])',
        '(f_hoursMin <= 16)',
        '(f_hoursMax >= 12)',
        '(f_educationRank <= 2)',
        '(f_dutchRank >= 2)',
        '(f_inclusiveOptions = "JOB_COACH_POSSIBLE")',
        `(f_regionId IN ["${REGION}"])`,
        '(f_iscoPrefixes IN ["53"])',
        `(f_skillIds = "${SKILL_A}")`,
        `(f_skillIds = "${SKILL_B}")`,
        '(_geoRadius(52.0286000, 5.1680000, 10000))',
      ].join(' AND '),
    );
  });
});

describe('MeilisearchSearchEngine', () => {
  let fake: FakeMeilisearch;
  let url: string;
  const engine = (options: { taskTimeoutMs?: number } = {}) =>
    new MeilisearchSearchEngine({ url, apiKey: 'test-key', indexPrefix: 't-', ...options });

  beforeEach(async () => {
    fake = new FakeMeilisearch();
    url = await fake.start();
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('creates missing indexes with their primary key and settings at start', async () => {
    await engine().start();
    expect(fake.requestsTo('POST', '/indexes').map((r) => r.body)).toEqual([
      { uid: 't-vacancies', primaryKey: 'id' },
      { uid: 't-talent-profiles', primaryKey: 'id' },
    ]);
    const [settings] = fake.requestsTo('PATCH', '/indexes/t-vacancies/settings');
    const body = settings?.body as Record<string, unknown>;
    expect(body['displayedAttributes']).toEqual([...VACANCY_DOCUMENT_FIELDS]);
    expect(body['searchableAttributes']).toEqual(['title', 'f_keywords', 'description', 'f_place']);
    expect(body['rankingRules']).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
    ]);
    expect(body['filterableAttributes']).toEqual(expect.arrayContaining(['f_routeTypes', '_geo']));
    expect(body['stopWords']).toEqual(expect.arrayContaining(['een', 'de', 'het']));
    expect((body['synonyms'] as Record<string, string[]>)['schoonmaakmedewerker']).toEqual(
      expect.arrayContaining(['schoonmaker']),
    );
    expect(body['typoTolerance']).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    });
  });

  it('leaves settings that already match alone at the next start', async () => {
    await engine().start();
    const before = fake.requests.length;
    await engine().start();
    const again = fake.requests.slice(before);
    expect(again.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('updates only the settings that differ', async () => {
    await engine().start();
    const stored = fake.indexes.get('t-talent-profiles');
    if (!stored) throw new Error('index missing');
    stored.settings['stopWords'] = ['de'];
    stored.settings['rankingRules'] = ['words', 'sort'];
    const before = fake.requests.length;
    await engine().start();
    const patches = fake.requests.slice(before).filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => [r.path, Object.keys(r.body as object).sort()])).toEqual([
      ['/indexes/t-talent-profiles/settings', ['rankingRules', 'stopWords']],
    ]);
  });

  it('reports a failed task with its code and message', async () => {
    const search = engine();
    await search.start();
    fake.nextOutcome.set('documentAdditionOrUpdate', {
      status: 'failed',
      code: 'invalid_document_geo_field',
      message: 'The `_geo` field is invalid.',
    });
    await expect(search.vacancies.upsert([vacancy])).rejects.toThrow(
      /task \d+ \(adding 1 documents to t-vacancies\) failed: invalid_document_geo_field: The `_geo` field is invalid/,
    );
  });

  it('gives up on a task that does not finish in time', async () => {
    const search = engine({ taskTimeoutMs: 150 });
    await search.start();
    fake.nextOutcome.set('documentDeletion', { status: 'processing' });
    const deleting = search.vacancies.delete([vacancy.id]);
    await expect(deleting).rejects.toBeInstanceOf(SearchEngineError);
    await expect(deleting).rejects.toThrow(/did not finish within 150 ms/);
  });

  it('sends the words of the query and every filter value quoted, and shapes the answer', async () => {
    const search = engine();
    await search.start();
    fake.searchResponse = () => ({
      hits: [
        {
          ...vacancy,
          _formatted: {
            ...vacancy,
            title: `${HIGHLIGHT_START}Kok${HIGHLIGHT_END} voor buurtrestaurant`,
            description: 'Samen koken voor de wijk.',
          },
        },
      ],
      query: 'kok',
      processingTimeMs: 1,
      hitsPerPage: 20,
      page: 1,
      totalPages: 1,
      totalHits: 1,
      facetDistribution: { f_routeTypes: { WORK_EXPERIENCE: 1 } },
    });
    const result = await search.vacancies.search({
      query: 'kok" OR f_regionId EXISTS',
      filters: { regionIds: [REGION], near: { lat: 53.2, lon: 6.5, radiusKm: 25 } },
      facets: [SearchFacet.ROUTE_TYPE],
      sort: SearchSort.DISTANCE,
    });
    const [request] = fake.requestsTo('POST', '/indexes/t-vacancies/search');
    expect(request?.body).toMatchObject({
      q: 'kok or f regionid exists',
      filter: `(f_regionId IN ["${REGION}"]) AND (_geoRadius(53.2000000, 6.5000000, 25000))`,
      sort: ['_geoPoint(53.2000000, 6.5000000):asc', 'id:asc'],
      facets: ['f_routeTypes'],
      page: 1,
      hitsPerPage: 20,
      matchingStrategy: 'all',
      attributesToRetrieve: [...VACANCY_DOCUMENT_FIELDS],
      attributesToHighlight: ['title', 'description'],
      attributesToCrop: ['description'],
    });
    expect(result.total).toBe(1);
    expect(result.hits[0]?.document).toEqual(vacancy);
    expect(result.hits[0]?.highlights).toEqual({
      title: [
        { text: 'Kok', matched: true },
        { text: ' voor buurtrestaurant', matched: false },
      ],
    });
    expect(result.hits[0]?.distanceKm).toBeCloseTo(
      distanceKm({ lat: 53.2, lon: 6.5 }, { lat: 53.219, lon: 6.568 }),
      1,
    );
    expect(result.facets).toEqual({ ROUTE_TYPE: [{ value: 'WORK_EXPERIENCE', count: 1 }] });
  });

  it('asks a separate exact count for an offset between pages', async () => {
    const search = engine();
    await search.start();
    fake.searchResponse = (body) =>
      body['hitsPerPage'] === 0 ? { hits: [], totalHits: 9, facetDistribution: {} } : { hits: [] };
    const result = await search.vacancies.search({ page: { offset: 3, limit: 4 } });
    const [request] = fake.requestsTo('POST', '/multi-search');
    expect((request?.body as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({
        indexUid: 't-vacancies',
        offset: 3,
        limit: 4,
        sort: ['f_date:desc', 'id:asc'],
      }),
      expect.objectContaining({ indexUid: 't-vacancies', page: 1, hitsPerPage: 0 }),
    ]);
    expect(result.total).toBe(9);
  });

  it.each([
    ['1.15.2', undefined],
    ['1.18.0', false],
  ])('rebuilds in a new index and swaps it in (Meilisearch %s)', async (version, rename) => {
    fake.version = version;
    const search = engine();
    await search.start();
    async function* batches() {
      yield [vacancy];
    }
    expect(await search.vacancies.rebuild(batches())).toBe(1);
    const writes = fake.requests
      .filter((r) => r.method !== 'GET')
      .slice(4) // the two indexes created and configured at start
      .map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'DELETE /indexes/t-vacancies-rebuild',
      'POST /indexes',
      'PATCH /indexes/t-vacancies-rebuild/settings',
      'POST /indexes/t-vacancies-rebuild/documents',
      'POST /swap-indexes',
      'DELETE /indexes/t-vacancies-rebuild',
    ]);
    expect(fake.requestsTo('POST', '/swap-indexes')[0]?.body).toEqual([
      {
        indexes: ['t-vacancies', 't-vacancies-rebuild'],
        ...(rename === undefined ? {} : { rename }),
      },
    ]);
    expect(fake.indexes.get('t-vacancies')?.documents).toBe(1);
    expect(fake.indexes.has('t-vacancies-rebuild')).toBe(false);
  });
});
