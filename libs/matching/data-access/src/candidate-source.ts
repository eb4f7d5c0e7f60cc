import type { DataSource, EntityManager } from 'typeorm';
import {
  MATCH_SCORING_RULES,
  type MatchCandidate,
  type MatchVacancy,
  routeOpenAtLevel,
} from '@werkmatch/matching/domain';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  PARTICIPATION_LEVEL_MAX,
  PARTICIPATION_LEVEL_MIN,
  RouteType,
  TargetGroup,
} from '@werkmatch/work/domain';
import {
  type LoadedProfile,
  type LoadedVacancy,
  loadMatchProfiles,
  loadMatchVacancies,
} from './match-inputs';

/** How many candidates one computation scores at most: enough for a queue of 25, bounded whatever the data. */
export const CANDIDATES_PER_RUN = 500;

/**
 * Where the engine gets the pairs worth scoring: the hard conditions first, then the ones sharing the most
 * skills and occupation, at most `limit`. The scorer decides; a source only has to not miss a pair that could
 * be proposed and keep the set small.
 */
export interface CandidateSource {
  readonly name: string;
  /**
   * Published profiles that may be proposed for the vacancy (as the caller loaded it), most relevant first, as
   * loaded rows: the caller scores them without loading them again.
   */
  profilesFor(vacancy: LoadedVacancy, today: string, limit?: number): Promise<LoadedProfile[]>;
  /** Published, unexpired vacancies the profile (as the caller loaded it) may be proposed for, as loaded rows. */
  vacanciesFor(profile: LoadedProfile, today: string, limit?: number): Promise<LoadedVacancy[]>;
  /** `profilesFor` by id: the ids of the profiles, most relevant first. */
  profilesForVacancy(vacancyId: string, today: string, limit?: number): Promise<string[]>;
  /** `vacanciesFor` by id: the ids of the vacancies, most relevant first. */
  vacanciesForProfile(profileId: string, today: string, limit?: number): Promise<string[]>;
}

/** The loaded rows of these ids that still exist, in the order of the ids. */
function inOrder<T>(ids: readonly string[], rows: ReadonlyMap<string, T>): T[] {
  const result: T[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (row) result.push(row);
  }
  return result;
}

/** The participation levels at which `route` is open; the ladder itself lives in the domain. */
function levelsOpening(route: RouteType): number[] {
  const levels: number[] = [];
  for (let level = PARTICIPATION_LEVEL_MIN; level <= PARTICIPATION_LEVEL_MAX; level++)
    if (routeOpenAtLevel(level, route)) levels.push(level);
  return levels;
}

/** Per route type, the levels that open it, as a SQL CASE the vacancy's route picks from. */
const LEVELS_BY_ROUTE_SQL = `CASE v.route_type ${Object.values(RouteType)
  .map((route) => `WHEN '${route}' THEN ARRAY[${levelsOpening(route).join(',')}]::smallint[]`)
  .join(' ')} END`;

const FILL_ROUTES_SQL = `ARRAY[${MATCH_SCORING_RULES.occupationSkillsFillRoutes
  .map((route) => `'${route}'`)
  .join(',')}]::varchar[]`;

/**
 * The hard conditions of a pair in SQL (`p` a talent profile, `v` a vacancy), mirroring the domain's
 * `isEligible`: a wanted route open at the person's rung, overlapping hours, within travel range (a bounding box
 * first, so the haversine runs on few rows; `search_distance_km` of the search-indexes migration, the same
 * haversine as geo/domain, with a metre of slack: the scorer decides at the edge), Dutch at least the minimum (CEFR codes sort in level order),
 * sheltered work only with the indication. Published and unexpired on both sides.
 */
const HARD_CONDITIONS = `
  p.status = '${TalentProfileStatus.PUBLISHED}'
  AND v.status = '${VacancyStatus.PUBLISHED}' AND v.closing_date >= $today::date
  AND v.route_type = ANY(p.wanted_route_types)
  AND (p.participation_level IS NULL OR p.participation_level = ANY(${LEVELS_BY_ROUTE_SQL}))
  AND p.hours_min <= v.hours_max AND p.hours_max >= v.hours_min
  AND (v.min_dutch_level IS NULL OR p.dutch_level >= v.min_dutch_level)
  AND (v.route_type <> '${RouteType.SHELTERED_WORK}' OR '${TargetGroup.SHELTERED_WORK}' = ANY(p.target_groups))
  AND p.lat IS NOT NULL AND p.lon IS NOT NULL AND p.travel_km IS NOT NULL
  AND (v.remote OR (
    v.lat IS NOT NULL
    AND v.lat BETWEEN p.lat - (p.travel_km + 0.001) / 110.5 AND p.lat + (p.travel_km + 0.001) / 110.5
    AND v.lon BETWEEN p.lon - (p.travel_km + 0.001) / (110.5 * cos(radians(least(abs(p.lat), 89))))
                  AND p.lon + (p.travel_km + 0.001) / (110.5 * cos(radians(least(abs(p.lat), 89))))
    AND search_distance_km(p.lat, p.lon, v.lat, v.lon) <= p.travel_km + 0.001))`;

/**
 * Relevance of a pair for ranking the pool (`candidateRelevance` below, the same in TypeScript): each skill of the
 * person counts once, 2 when the vacancy lists it as required, 1 when nice-to-have or an essential skill of the
 * occupation where the scorer fills with them; plus the closest wanted occupation, 6 the same one, 4 the same
 * ISCO unit group, 2 the same minor group. Only the order matters.
 *
 * Why a pool of shared skills and occupations and not every eligible profile: skills and occupation weigh 60 of
 * 100, so a pair sharing no skill and no occupation group stays below the threshold of 50 (at most 45 with every
 * part applying, less when parts drop out). A vacancy without an occupation drops that part, which lets a pair
 * with nothing in common reach 53, so for those the pool is every published profile.
 */
const PROFILE_POOL = `
  WITH v AS (
    SELECT v.*, o.isco_group_code AS isco,
           v.route_type = ANY(${FILL_ROUTES_SQL})
             AND (SELECT count(*) FROM vacancy_skill r WHERE r.vacancy_id = v.id AND r.required) < ${MATCH_SCORING_RULES.requiredSkillsFilledUpTo}
             AS fills_from_occupation
    FROM vacancy v LEFT JOIN occupation o ON o.id = v.occupation_id
    WHERE v.id = $vacancy::uuid
  ),
  wanted AS (
    SELECT skill_id, max(weight) AS weight FROM (
      SELECT vs.skill_id, CASE WHEN vs.required THEN 2 ELSE 1 END AS weight
      FROM vacancy_skill vs WHERE vs.vacancy_id = $vacancy::uuid
      UNION ALL
      SELECT os.skill_id, 1 FROM v
      JOIN occupation_skill os ON os.occupation_id = v.occupation_id AND os.relation = 'ESSENTIAL'
      WHERE v.fills_from_occupation
    ) s GROUP BY skill_id
  ),
  hits AS (
    SELECT ps.profile_id, w.weight AS hits
    FROM wanted w JOIN talent_profile_skill ps ON ps.skill_id = w.skill_id
    UNION ALL
    SELECT po.profile_id,
           max(CASE WHEN po.occupation_id = v.occupation_id THEN 6
                    WHEN o.isco_group_code = v.isco THEN 4 ELSE 2 END)
    FROM v JOIN occupation o ON left(o.isco_group_code, 3) = left(v.isco, 3)
    JOIN talent_profile_occupation po ON po.occupation_id = o.id
    GROUP BY po.profile_id
    UNION ALL
    SELECT p.id, 0 FROM v JOIN talent_profile p ON p.status = '${TalentProfileStatus.PUBLISHED}'
    WHERE v.occupation_id IS NULL
  ),
  pool AS (SELECT profile_id, sum(hits) AS relevance FROM hits GROUP BY profile_id)
  SELECT p.id
  FROM pool JOIN talent_profile p ON p.id = pool.profile_id CROSS JOIN v
  WHERE ${HARD_CONDITIONS}
  ORDER BY pool.relevance DESC, p.id
  LIMIT $limit`;

/** The same pool seen from a profile: vacancies sharing a skill, an occupation group, or without an occupation. */
const VACANCY_POOL = `
  WITH p AS (SELECT * FROM talent_profile WHERE id = $profile::uuid),
  own AS (SELECT skill_id FROM talent_profile_skill WHERE profile_id = $profile::uuid),
  wanted_groups AS (
    SELECT po.occupation_id, o.isco_group_code AS isco
    FROM talent_profile_occupation po JOIN occupation o ON o.id = po.occupation_id
    WHERE po.profile_id = $profile::uuid
  ),
  skill_hits AS (
    SELECT vs.vacancy_id, vs.skill_id, CASE WHEN vs.required THEN 2 ELSE 1 END AS weight
    FROM own JOIN vacancy_skill vs ON vs.skill_id = own.skill_id
    UNION ALL
    SELECT v.id, os.skill_id, 1
    FROM own JOIN occupation_skill os ON os.skill_id = own.skill_id AND os.relation = 'ESSENTIAL'
    JOIN vacancy v ON v.occupation_id = os.occupation_id
    WHERE v.status = '${VacancyStatus.PUBLISHED}' AND v.route_type = ANY(${FILL_ROUTES_SQL})
      AND (SELECT count(*) FROM vacancy_skill r WHERE r.vacancy_id = v.id AND r.required) < ${MATCH_SCORING_RULES.requiredSkillsFilledUpTo}
  ),
  hits AS (
    -- A skill both listed and essential counts once, at its listed weight, as seen from the vacancy.
    SELECT vacancy_id, max(weight) AS hits FROM skill_hits GROUP BY vacancy_id, skill_id
    UNION ALL
    SELECT v.id, max(CASE WHEN v.occupation_id = w.occupation_id THEN 6
                          WHEN o.isco_group_code = w.isco THEN 4 ELSE 2 END)
    FROM wanted_groups w
    JOIN occupation o ON left(o.isco_group_code, 3) = left(w.isco, 3)
    JOIN vacancy v ON v.occupation_id = o.id AND v.status = '${VacancyStatus.PUBLISHED}'
    GROUP BY v.id
    UNION ALL
    SELECT v.id, 0 FROM vacancy v
    WHERE v.occupation_id IS NULL AND v.status = '${VacancyStatus.PUBLISHED}'
  ),
  pool AS (SELECT vacancy_id, sum(hits) AS relevance FROM hits GROUP BY vacancy_id)
  SELECT v.id
  FROM pool JOIN vacancy v ON v.id = pool.vacancy_id CROSS JOIN p
  WHERE ${HARD_CONDITIONS}
  ORDER BY pool.relevance DESC, v.id
  LIMIT $limit`;

/**
 * The weight of each skill in a vacancy's pool: 2 listed as required, 1 nice-to-have or an essential skill of the
 * occupation where the scorer fills with them (PROFILE_POOL's `wanted`).
 */
export function poolSkillWeights(vacancy: MatchVacancy): Map<string, number> {
  const weights = new Map<string, number>();
  const fills =
    MATCH_SCORING_RULES.occupationSkillsFillRoutes.includes(vacancy.routeType) &&
    vacancy.requiredSkills.length < MATCH_SCORING_RULES.requiredSkillsFilledUpTo;
  if (fills) for (const skill of vacancy.occupationEssentialSkills) weights.set(skill.id, 1);
  for (const skill of vacancy.niceToHaveSkills) weights.set(skill.id, 1);
  for (const skill of vacancy.requiredSkills) weights.set(skill.id, 2);
  return weights;
}

/** The closest of the wanted occupations to the vacancy's: 6 the same, 4 its ISCO unit group, 2 its minor group. */
export function occupationRelevance(
  wanted: MatchCandidate['wantedOccupations'],
  occupation: MatchVacancy['occupation'],
): number {
  if (!occupation) return 0;
  let best = 0;
  for (const { id, iscoGroup } of wanted) {
    if (id === occupation.id) return 6;
    if (iscoGroup === occupation.iscoGroup) best = Math.max(best, 4);
    else if (iscoGroup.slice(0, 3) === occupation.iscoGroup.slice(0, 3)) best = Math.max(best, 2);
  }
  return best;
}

/**
 * The relevance the pools above rank by, for a pair already loaded: sources that find candidates elsewhere (the
 * search index, a snapshot in memory) rank them the same way, so the kept candidates do not depend on where they
 * were found. `weights` is the vacancy's `poolSkillWeights`, when the caller already has them. A pair is in the
 * pool at all when this is above 0, or the vacancy has no occupation (then every eligible person is, see
 * PROFILE_POOL).
 */
export function candidateRelevance(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weights: ReadonlyMap<string, number> = poolSkillWeights(vacancy),
): number {
  let relevance = 0;
  for (const id of new Set(candidate.skills.map((skill) => skill.id)))
    relevance += weights.get(id) ?? 0;
  return relevance + occupationRelevance(candidate.wantedOccupations, vacancy.occupation);
}

/** Named parameters of the statements above, in the positional form pg takes. */
function positional(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const names: string[] = [];
  const text = sql.replace(/\$([a-z]+)/g, (_, name: string) => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return [text, names.map((name) => values[name])];
}

/**
 * The default source: hard conditions in SQL on the talent_profile and vacancy tables themselves, so matching
 * works whatever state the search index is in (empty, stale or rebuilding).
 */
export class PostgresCandidateSource implements CandidateSource {
  readonly name = 'postgres';

  constructor(private readonly db: DataSource | EntityManager) {}

  async profilesFor(
    vacancy: LoadedVacancy,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<LoadedProfile[]> {
    const ids = await this.profilesForVacancy(vacancy.vacancyId, today, limit);
    return inOrder(ids, await loadMatchProfiles(this.db, ids));
  }

  async vacanciesFor(
    profile: LoadedProfile,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<LoadedVacancy[]> {
    const ids = await this.vacanciesForProfile(profile.profileId, today, limit);
    return inOrder(ids, await loadMatchVacancies(this.db, ids));
  }

  async profilesForVacancy(
    vacancyId: string,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<string[]> {
    const [sql, params] = positional(PROFILE_POOL, { vacancy: vacancyId, today, limit });
    const rows = (await this.db.query(sql, params)) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async vacanciesForProfile(
    profileId: string,
    today: string,
    limit = CANDIDATES_PER_RUN,
  ): Promise<string[]> {
    const [sql, params] = positional(VACANCY_POOL, { profile: profileId, today, limit });
    const rows = (await this.db.query(sql, params)) as { id: string }[];
    return rows.map((row) => row.id);
  }
}

/**
 * A source with a fallback: when the first fails (the search engine unreachable, an index being rebuilt), the
 * computation asks the second instead of failing, and `onFallback` says so. Matching then goes on at the
 * fallback's cost rather than stop.
 */
export class FallbackCandidateSource implements CandidateSource {
  readonly name: string;

  constructor(
    private readonly primary: CandidateSource,
    private readonly fallback: CandidateSource,
    private readonly onFallback: (error: unknown, source: string) => void,
  ) {
    this.name = `${primary.name} (${fallback.name} as fallback)`;
  }

  profilesFor(vacancy: LoadedVacancy, today: string, limit?: number): Promise<LoadedProfile[]> {
    return this.primary.profilesFor(vacancy, today, limit).catch((error: unknown) => {
      this.onFallback(error, this.primary.name);
      return this.fallback.profilesFor(vacancy, today, limit);
    });
  }

  vacanciesFor(profile: LoadedProfile, today: string, limit?: number): Promise<LoadedVacancy[]> {
    return this.primary.vacanciesFor(profile, today, limit).catch((error: unknown) => {
      this.onFallback(error, this.primary.name);
      return this.fallback.vacanciesFor(profile, today, limit);
    });
  }

  profilesForVacancy(vacancyId: string, today: string, limit?: number): Promise<string[]> {
    return this.primary.profilesForVacancy(vacancyId, today, limit).catch((error: unknown) => {
      this.onFallback(error, this.primary.name);
      return this.fallback.profilesForVacancy(vacancyId, today, limit);
    });
  }

  vacanciesForProfile(profileId: string, today: string, limit?: number): Promise<string[]> {
    return this.primary.vacanciesForProfile(profileId, today, limit).catch((error: unknown) => {
      this.onFallback(error, this.primary.name);
      return this.fallback.vacanciesForProfile(profileId, today, limit);
    });
  }
}
