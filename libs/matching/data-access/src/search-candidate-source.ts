import type { DataSource, EntityManager } from 'typeorm';
import {
  isEligible,
  MATCH_SCORING_RULES,
  type MatchCandidate,
  routeOpenAtLevel,
} from '@werkmatch/matching/domain';
import {
  SEARCH_LIMITS,
  type SearchFilters,
  type SearchIndex,
  SearchSort,
  SkillMatch,
  type TalentProfileSearchFilters,
  type VacancySearchFilters,
} from '@werkmatch/search';
import type { SearchEngine } from '@werkmatch/search';
import { TALENT_PROFILE_LIMITS } from '@werkmatch/talent-profiles/domain';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { CefrLevel, RouteType } from '@werkmatch/work/domain';
import {
  CANDIDATES_PER_RUN,
  type CandidateSource,
  candidateRelevance,
  poolSkillWeights,
} from './candidate-source';
import {
  type LoadedProfile,
  type LoadedVacancy,
  loadMatchProfiles,
  loadMatchVacancies,
  profileIsPublished,
  vacancyIsOpen,
} from './match-inputs';

/** Kilometres of slack on a travel-range radius: the scorer decides at the edge, the index must not cut first. */
const RADIUS_SLACK_KM = 0.1;
const PAGE = SEARCH_LIMITS.pageSize;
/**
 * Hits read from one search at most: as many as a computation keeps, `CANDIDATES_PER_RUN`, never more than the
 * engine's page, `SEARCH_LIMITS.resultWindow`. A pool larger than that is read nearest first (see `profilesFor`).
 */
const READ_PER_SEARCH = Math.min(CANDIDATES_PER_RUN, SEARCH_LIMITS.resultWindow);

interface Ranked<T> {
  id: string;
  relevance: number;
  row: T;
}

/**
 * Candidates from the search indexes (issue 6, item 2): the hard conditions the indexes can express are search
 * filters (wanted route open at the participation level, overlapping hours, distance, Dutch at least the
 * minimum; only published documents are indexed), the pool is the documents sharing a skill or an occupation
 * group with the subject, and what decides is PostgreSQL: the candidates found are reloaded with
 * `loadMatchProfiles` / `loadMatchVacancies`, checked with the domain's `isEligible` (the two indications, the
 * participation level of a person found for a vacancy and the person's own travel range are not in the
 * anonymised index and act only here) and ranked by `candidateRelevance`, the same order as
 * `PostgresCandidateSource`, so both keep the same candidates while the pool fits the search window.
 *
 * The subject (the vacancy or profile whose job runs) is always read from PostgreSQL, never from its own index
 * document, which may lag behind the change that started the job; only the other side comes from the index. A
 * counterpart that changed but is not indexed yet is found by its own job, which runs after the same change.
 *
 * What the vacancy index cannot express is read from PostgreSQL, narrowly: remote vacancies (their document has
 * the office's place or none, and no remote flag) and vacancies without an occupation (the pool of those is every
 * vacancy, and the index has no "without occupation" filter).
 */
export class SearchCandidateSource implements CandidateSource {
  readonly name = 'search';

  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly engine: SearchEngine,
  ) {}

  /**
   * People for a vacancy. A person's own travel range is not in the index, so the distance filter is the largest
   * range anyone may give (`TALENT_PROFILE_LIMITS.travelKmMax`) around the workplace, read nearest first: where a
   * pool is larger than the search window, the people nearest the workplace are the ones whose range most likely
   * reaches it. The exact range is `isEligible`'s, after loading.
   */
  async profilesFor(
    vacancy: LoadedVacancy,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<LoadedProfile[]> {
    if (!vacancyIsOpen(vacancy, today)) return [];
    const input = vacancy.input;
    // Neither remote nor a place: nobody is within reach (WORKPLACE_UNKNOWN).
    if (!input.remote && input.location === null) return [];
    const near = input.remote ? null : input.location;
    const base: TalentProfileSearchFilters = {
      routeTypes: [input.routeType],
      hours: input.hours,
      ...(input.minDutchLevel ? { dutchLevel: { atLeast: input.minDutchLevel } } : {}),
      ...(near
        ? { near: { lat: near.lat, lon: near.lon, radiusKm: TALENT_PROFILE_LIMITS.travelKmMax } }
        : {}),
    };
    const weights = poolSkillWeights(input);
    const searches: TalentProfileSearchFilters[] = [];
    if (input.occupation === null) searches.push(base);
    else {
      searches.push({ ...base, iscoGroups: [input.occupation.iscoGroup.slice(0, 3)] });
      for (const skillIds of chunks([...weights.keys()], SEARCH_LIMITS.filterValues))
        searches.push({ ...base, skillIds, skillMatch: SkillMatch.ANY });
    }
    const found = await this.collect(
      this.engine.talentProfiles,
      searches,
      near ? SearchSort.DISTANCE : SearchSort.DATE,
    );
    const profiles = await loadMatchProfiles(this.db, [...found]);
    const ranked: Ranked<LoadedProfile>[] = [];
    for (const profile of profiles.values()) {
      if (!profileIsPublished(profile)) continue;
      const candidate = profile.candidate as MatchCandidate;
      const relevance = candidateRelevance(candidate, input, weights);
      // In the pool: sharing something that counts, or any eligible person when the vacancy has no occupation.
      if (input.occupation !== null && relevance <= 0) continue;
      if (!isEligible(candidate, input).eligible) continue;
      ranked.push({ id: profile.profileId, relevance, row: profile });
    }
    return best(ranked, limit);
  }

  async profilesForVacancy(vacancyId: string, today: string, limit?: number): Promise<string[]> {
    const vacancy = (await loadMatchVacancies(this.db, [vacancyId])).get(vacancyId);
    if (!vacancy) return [];
    return (await this.profilesFor(vacancy, today, limit)).map((profile) => profile.profileId);
  }

  /**
   * Vacancies for a person: within their own travel range (the index can say that), routes they want and may
   * take at their rung (and sheltered work only with the indication), overlapping hours, a Dutch minimum they
   * meet; sharing a skill, an occupation group, or an occupation whose essential skills the person has where
   * the scorer fills required skills with them.
   */
  async vacanciesFor(
    profile: LoadedProfile,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<LoadedVacancy[]> {
    if (!profileIsPublished(profile)) return [];
    const candidate = profile.candidate as MatchCandidate;
    const routes = candidate.wantedRouteTypes.filter(
      (route) =>
        routeOpenAtLevel(candidate.participationLevel, route) &&
        (route !== RouteType.SHELTERED_WORK || candidate.hasShelteredWorkIndication),
    );
    if (routes.length === 0) return [];
    const base: VacancySearchFilters = {
      routeTypes: routes,
      hours: candidate.hours,
      // Without a Dutch level only vacancies without a minimum fit; the index cannot say "none", A1 comes closest.
      dutchLevel: { atMost: candidate.dutchLevel ?? CefrLevel.A1 },
      near: {
        lat: candidate.location.lat,
        lon: candidate.location.lon,
        radiusKm: Math.min(
          SEARCH_LIMITS.radiusKm.max,
          Math.max(SEARCH_LIMITS.radiusKm.min, candidate.travelKm + RADIUS_SLACK_KM),
        ),
      },
    };
    const skillIds = [...new Set(candidate.skills.map((skill) => skill.id))];
    const minorGroups = [
      ...new Set(candidate.wantedOccupations.map((occupation) => occupation.iscoGroup.slice(0, 3))),
    ];
    const fillRoutes = routes.filter((route) =>
      MATCH_SCORING_RULES.occupationSkillsFillRoutes.includes(route),
    );
    const searches: VacancySearchFilters[] = [];
    for (const iscoGroups of chunks(minorGroups, SEARCH_LIMITS.filterValues))
      searches.push({ ...base, iscoGroups });
    for (const ids of chunks(skillIds, SEARCH_LIMITS.filterValues))
      searches.push({ ...base, skillIds: ids, skillMatch: SkillMatch.ANY });
    if (fillRoutes.length > 0)
      for (const occupationIds of chunks(
        await this.occupationsWithEssential(skillIds),
        SEARCH_LIMITS.filterValues,
      ))
        searches.push({ ...base, routeTypes: fillRoutes, occupationIds });
    const [indexed, unindexable] = await Promise.all([
      this.collect(this.engine.vacancies, searches, SearchSort.DISTANCE),
      this.remoteOrWithoutOccupation(routes, today),
    ]);
    const vacancies = await loadMatchVacancies(this.db, [...new Set([...indexed, ...unindexable])]);
    const ranked: Ranked<LoadedVacancy>[] = [];
    for (const vacancy of vacancies.values()) {
      if (!vacancyIsOpen(vacancy, today)) continue;
      const relevance = candidateRelevance(candidate, vacancy.input);
      // In the pool: sharing something that counts, or any vacancy without an occupation.
      if (vacancy.input.occupation !== null && relevance <= 0) continue;
      if (!isEligible(candidate, vacancy.input).eligible) continue;
      ranked.push({ id: vacancy.vacancyId, relevance, row: vacancy });
    }
    return best(ranked, limit);
  }

  async vacanciesForProfile(profileId: string, today: string, limit?: number): Promise<string[]> {
    const profile = (await loadMatchProfiles(this.db, [profileId])).get(profileId);
    if (!profile) return [];
    return (await this.vacanciesFor(profile, today, limit)).map((vacancy) => vacancy.vacancyId);
  }

  /**
   * Ids of every search's hits up to `READ_PER_SEARCH` each. The first page of a search says how many there are;
   * the pages after it are read side by side, as are the searches.
   */
  private async collect<D extends { id: string }, F extends SearchFilters>(
    index: SearchIndex<D, F>,
    searches: readonly F[],
    sort: SearchSort,
  ): Promise<Set<string>> {
    const found = new Set<string>();
    const page = async (filters: F, offset: number) => {
      const result = await index.search({
        filters,
        sort,
        page: { offset, limit: Math.min(PAGE, READ_PER_SEARCH - offset) },
      });
      for (const hit of result.hits) found.add(hit.document.id);
      return result.total;
    };
    await Promise.all(
      searches.map(async (filters) => {
        const total = await page(filters, 0);
        const offsets: number[] = [];
        for (let offset = PAGE; offset < Math.min(total, READ_PER_SEARCH); offset += PAGE)
          offsets.push(offset);
        await Promise.all(offsets.map((offset) => page(filters, offset)));
      }),
    );
    return found;
  }

  /** Occupations (ESCO reference data, not the other side) having one of these skills as an essential skill. */
  private async occupationsWithEssential(skillIds: readonly string[]): Promise<string[]> {
    if (skillIds.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT DISTINCT occupation_id AS id FROM occupation_skill
       WHERE skill_id = ANY($1::uuid[]) AND relation = 'ESSENTIAL' ORDER BY 1`,
      [skillIds],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /**
   * Published vacancies of these routes that are remote or have no occupation: the two kinds the vacancy index
   * cannot filter on, few in number, read from PostgreSQL (newest first, at most `READ_PER_SEARCH`).
   */
  private async remoteOrWithoutOccupation(
    routes: readonly RouteType[],
    today: string,
  ): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM vacancy
       WHERE status = $1 AND closing_date >= $2::date AND route_type = ANY($3::varchar[])
         AND (remote OR occupation_id IS NULL)
       ORDER BY published_at DESC NULLS LAST, id LIMIT $4`,
      [VacancyStatus.PUBLISHED, today, routes, READ_PER_SEARCH],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** Most relevant first, ties by id: the order of `PostgresCandidateSource`. */
function best<T>(ranked: Ranked<T>[], limit: number): T[] {
  return ranked
    .sort((a, b) => b.relevance - a.relevance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((entry) => entry.row);
}
