import { Role } from '@werkmatch/identity/domain';
import { eventually } from '@werkmatch/shared/testing';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { closingDateAhead, seedOrganisation } from '../vacancies/vacancy-fixtures';

/*
 * Search over GraphQL with the worker role running: what is published through the API reaches the index by the
 * outbox, a job seeker finds the vacancy, an employer the anonymised profile, and a paused profile disappears.
 */

const SEARCH_VACANCIES = `query($query: String, $filters: VacancySearchFiltersInput, $facets: [SearchFacet!]) {
  searchVacancies(query: $query, filters: $filters, facets: $facets) {
    total
    hits { vacancy { id title routeType municipalityName } distanceKm highlights { field text matched } }
    facets { facet values { value count } }
  }
}`;

const SEARCH_PROFILES = `query($query: String, $filters: TalentProfileSearchFiltersInput) {
  searchTalentProfiles(query: $query, filters: $filters) {
    total
    hits { talentProfile { id headline talents wantedRouteTypes dutchLevel } }
  }
}`;

interface VacancyHits {
  searchVacancies: {
    total: number;
    hits: {
      vacancy: { id: string; title: string };
      distanceKm: number | null;
      highlights: { field: string; text: string; matched: boolean }[];
    }[];
    facets: { facet: string; values: { value: string; count: number }[] }[];
  };
}

interface ProfileHits {
  searchTalentProfiles: {
    total: number;
    hits: { talentProfile: { id: string; headline: string; talents: string[] } }[];
  };
}

describe('search over GraphQL', () => {
  let api: TestApp;
  let taxonomy: SeededTaxonomy;
  let postcode: string;
  let regionId: string;
  let tokens: Record<'seeker' | 'employer' | 'manager' | 'coach', string>;
  let ip = 0;

  const tokenOf = async (role: Role, extra: Record<string, unknown> = {}) =>
    (await login(api, (await createUser(api, role, extra)).email, PASSWORD, `10.7.0.${++ip}`))
      .accessToken;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    taxonomy = await seedTaxonomy(api);
    ({ postcode, regionId } = await seedRegion(api, 'Houten', '3991'));
    const organisation = await seedOrganisation(
      dataSourceOf(api),
      regionId,
      true,
      'Zorggroep De Lek',
    );
    tokens = {
      seeker: await tokenOf(Role.JOB_SEEKER),
      employer: await tokenOf(Role.EMPLOYER, { organisationId: organisation.id }),
      manager: await tokenOf(Role.ACCOUNT_MANAGER, { regionId }),
      coach: await tokenOf(Role.COACH),
    };
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const call = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    api.gql.data<T>(query, variables, { token });

  it('finds a vacancy for a job seeker once the account manager published it', async () => {
    const { createVacancy } = await call<{ createVacancy: { id: string } }>(
      'mutation($input: VacancyInput!) { createVacancy(input: $input) { id } }',
      {
        input: {
          title: 'Helpende zorg in woonzorgcentrum',
          description: 'Je helpt bewoners van ons woonzorgcentrum bij de dagelijkse verzorging.',
          occupationId: taxonomy.careOccupation.id,
          requiredSkillIds: [taxonomy.careSkill.id],
          routeType: 'LEARN_WORK',
          hours: { min: 20, max: 32 },
          positions: 1,
          postcode,
          minDutchLevel: 'A2',
          inclusiveOptions: ['JOB_COACH_POSSIBLE'],
          contractType: 'APPRENTICESHIP',
          closingDate: closingDateAhead(),
        },
      },
      tokens.employer,
    );
    const id = createVacancy.id;
    await call('mutation($id: ID!) { submitVacancy(id: $id) { id } }', { id }, tokens.employer);
    expect(
      (await call<VacancyHits>(SEARCH_VACANCIES, { query: 'woonzorgcentrum' }, tokens.seeker))
        .searchVacancies.total,
    ).toBe(0);
    await call('mutation($id: ID!) { publishVacancy(id: $id) { id } }', { id }, tokens.manager);

    const found = await eventually(async () => {
      const result = await call<VacancyHits>(
        SEARCH_VACANCIES,
        {
          query: 'woonzorgcentrm',
          filters: { routeTypes: ['LEARN_WORK'], near: { postcode: '3991', radiusKm: 5 } },
          facets: ['ROUTE_TYPE'],
        },
        tokens.seeker,
      );
      return result.searchVacancies.total > 0 ? result.searchVacancies : undefined;
    }, 10_000);
    expect(found.hits.map((hit) => hit.vacancy.id)).toEqual([id]);
    expect(found.hits[0]?.distanceKm).toBe(0);
    expect(found.hits[0]?.highlights).toContainEqual({
      field: 'title',
      text: 'woonzorgcentrum',
      matched: true,
    });
    expect(found.facets).toEqual([
      { facet: 'ROUTE_TYPE', values: [{ value: 'LEARN_WORK', count: 1 }] },
    ]);

    await call(
      'mutation($id: ID!) { closeVacancy(id: $id, filled: true) { id } }',
      { id },
      tokens.employer,
    );
    await eventually(async () => {
      const result = await call<VacancyHits>(
        SEARCH_VACANCIES,
        { query: 'woonzorgcentrum' },
        tokens.seeker,
      );
      return result.searchVacancies.total === 0 ? true : undefined;
    }, 10_000);
  });

  it('shows employers a published profile, anonymised, and loses it once paused', async () => {
    const save = await call<{ saveTalentProfile: { id: string } }>(
      'mutation($input: SaveTalentProfileInput!) { saveTalentProfile(input: $input) { id } }',
      {
        input: {
          headline: 'Geduldige helpende met zorgervaring',
          talents: [
            { text: 'Ik kan goed luisteren', private: false },
            { text: 'Mantelzorger voor mijn moeder', private: true },
          ],
          skills: [{ skillId: taxonomy.careSkill.id, level: 'COMPETENT' }],
          languages: [{ code: 'nl', level: 'B1' }],
          hours: { min: 16, max: 24 },
          postcode,
          travelKm: 15,
          wantedRouteTypes: ['PAID_JOB', 'LEARN_WORK'],
        },
      },
      tokens.seeker,
    );
    await call('mutation { publishTalentProfile { id } }', {}, tokens.seeker);

    const found = await eventually(async () => {
      const result = await call<ProfileHits>(
        SEARCH_PROFILES,
        { query: 'geduldige helpende', filters: { dutchLevel: { atLeast: 'B1' } } },
        tokens.employer,
      );
      return result.searchTalentProfiles.total > 0 ? result.searchTalentProfiles : undefined;
    }, 10_000);
    expect(found.hits.map((hit) => hit.talentProfile)).toEqual([
      expect.objectContaining({
        id: save.saveTalentProfile.id,
        talents: ['Ik kan goed luisteren'],
      }),
    ]);
    const mantelzorg = await call<ProfileHits>(
      SEARCH_PROFILES,
      { query: 'mantelzorger' },
      tokens.coach,
    );
    expect(mantelzorg.searchTalentProfiles.total).toBe(0);

    await call('mutation { pauseTalentProfile { id } }', {}, tokens.seeker);
    await eventually(async () => {
      const result = await call<ProfileHits>(
        SEARCH_PROFILES,
        { query: 'geduldige helpende' },
        tokens.employer,
      );
      return result.searchTalentProfiles.total === 0 ? true : undefined;
    }, 10_000);
  });

  it('lets only employers, coaches and account managers search talent profiles', async () => {
    const refused = await api.gql.request(SEARCH_PROFILES, {}, { token: tokens.seeker });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (const token of [tokens.employer, tokens.coach, tokens.manager])
      expect((await api.gql.request(SEARCH_PROFILES, {}, { token })).errors).toBeUndefined();
    const anonymous = await api.gql.request(SEARCH_VACANCIES, {});
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('names the argument of bad input', async () => {
    const field = async (variables: Record<string, unknown>) =>
      (await api.gql.request(SEARCH_VACANCIES, variables, { token: tokens.seeker })).errors?.[0]
        ?.extensions;
    expect(await field({ filters: { near: { postcode: '9999 ZZ', radiusKm: 10 } } })).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'filters.near.postcode' },
    );
    expect(await field({ query: 'x'.repeat(201) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
    expect(await field({ filters: { near: { lat: 52, lon: 5, radiusKm: 500 } } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filters.near.radiusKm',
    });
    expect(await field({ query: 'zorg OR 1=1' })).toBeUndefined();
  });
});
