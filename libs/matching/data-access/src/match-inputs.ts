import type { DataSource, EntityManager } from 'typeorm';
import type { MatchCandidate, MatchVacancy, SkillRef } from '@werkmatch/matching/domain';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { showLabel } from '@werkmatch/taxonomy/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  CefrLevel,
  EducationLevel,
  InclusiveOption,
  RouteType,
  SkillLevel,
  TargetGroup,
} from '@werkmatch/work/domain';

type Db = DataSource | EntityManager;

/** A talent profile as the engine sees it: the scorer's input plus what is needed to store a proposal. */
export interface LoadedProfile {
  profileId: string;
  jobSeekerId: string;
  status: TalentProfileStatus;
  version: number;
  /** Null when the profile lacks what matching needs (hours, place, travel range); it is then never proposed. */
  candidate: MatchCandidate | null;
}

/** A vacancy as the engine sees it. */
export interface LoadedVacancy {
  vacancyId: string;
  status: VacancyStatus;
  version: number;
  reviewRegionId: string | null;
  /** `YYYY-MM-DD`, the last day to apply. */
  closingDate: string;
  input: MatchVacancy;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (ids: readonly string[]) => [...new Set(ids.filter((id) => UUID.test(id)))];

interface ProfileRow {
  id: string;
  job_seeker_id: string;
  status: TalentProfileStatus;
  version: number;
  education_level: EducationLevel | null;
  dutch_level: CefrLevel | null;
  hours_min: number | null;
  hours_max: number | null;
  earliest_start: string | null;
  lat: number | null;
  lon: number | null;
  travel_km: number | null;
  wanted_route_types: RouteType[];
  participation_level: number | null;
  sheltered_work_indication: boolean;
  job_agreement_register: boolean;
}

interface ConceptRow {
  owner_id: string;
  id: string;
  label_nl: string | null;
  label_en: string;
}

const ref = (row: ConceptRow): SkillRef => ({
  id: row.id,
  label: showLabel({ labelNl: row.label_nl, labelEn: row.label_en }).label,
});

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The engine's view of these talent profiles, in any status (the caller decides what a paused one means); ids
 * without a row are left out. Three queries whatever the number. Of the target groups only the two indications
 * are read, and only as booleans: the others never leave the database on this path.
 */
export async function loadMatchProfiles(
  db: Db,
  profileIds: readonly string[],
): Promise<Map<string, LoadedProfile>> {
  const ids = uuids(profileIds);
  const result = new Map<string, LoadedProfile>();
  if (ids.length === 0) return result;
  const [profiles, skills, occupations] = (await Promise.all([
    db.query(
      `SELECT id, job_seeker_id, status, version, education_level, dutch_level, hours_min, hours_max,
              to_char(earliest_start, 'YYYY-MM-DD') AS earliest_start, lat, lon, travel_km,
              wanted_route_types, participation_level,
              $2 = ANY(target_groups) AS sheltered_work_indication,
              $3 = ANY(target_groups) AS job_agreement_register
       FROM talent_profile WHERE id = ANY($1::uuid[])`,
      [ids, TargetGroup.SHELTERED_WORK, TargetGroup.JOB_AGREEMENT],
    ),
    db.query(
      `SELECT ps.profile_id AS owner_id, s.id, s.label_nl, s.label_en, ps.level
       FROM talent_profile_skill ps JOIN skill s ON s.id = ps.skill_id
       WHERE ps.profile_id = ANY($1::uuid[]) ORDER BY ps.profile_id, ps.position`,
      [ids],
    ),
    db.query(
      `SELECT po.profile_id AS owner_id, o.id, o.isco_group_code
       FROM talent_profile_occupation po JOIN occupation o ON o.id = po.occupation_id
       WHERE po.profile_id = ANY($1::uuid[]) ORDER BY po.profile_id, po.position`,
      [ids],
    ),
  ])) as [
    ProfileRow[],
    (ConceptRow & { level: SkillLevel })[],
    { owner_id: string; id: string; isco_group_code: string }[],
  ];
  const skillsOf = groupBy(skills, (row) => row.owner_id);
  const occupationsOf = groupBy(occupations, (row) => row.owner_id);
  for (const row of profiles) {
    const complete =
      row.hours_min !== null &&
      row.hours_max !== null &&
      row.lat !== null &&
      row.lon !== null &&
      row.travel_km !== null;
    result.set(row.id, {
      profileId: row.id,
      jobSeekerId: row.job_seeker_id,
      status: row.status,
      version: row.version,
      candidate: complete
        ? {
            skills: (skillsOf.get(row.id) ?? []).map((skill) => ({
              ...ref(skill),
              level: skill.level,
            })),
            wantedOccupations: (occupationsOf.get(row.id) ?? []).map((occupation) => ({
              id: occupation.id,
              iscoGroup: occupation.isco_group_code,
            })),
            educationLevel: row.education_level,
            dutchLevel: row.dutch_level,
            hours: { min: row.hours_min as number, max: row.hours_max as number },
            earliestStart: row.earliest_start,
            location: { lat: row.lat as number, lon: row.lon as number },
            travelKm: row.travel_km as number,
            wantedRouteTypes: row.wanted_route_types,
            participationLevel: row.participation_level,
            hasShelteredWorkIndication: row.sheltered_work_indication,
            inJobAgreementRegister: row.job_agreement_register,
          }
        : null,
    });
  }
  return result;
}

interface VacancyRow {
  id: string;
  status: VacancyStatus;
  version: number;
  review_region_id: string | null;
  closing_date: string;
  route_type: RouteType;
  hours_min: number;
  hours_max: number;
  lat: number | null;
  lon: number | null;
  remote: boolean;
  min_dutch_level: CefrLevel | null;
  education_level: EducationLevel | null;
  inclusive_options: InclusiveOption[];
  occupation_id: string | null;
  occupation_label_nl: string | null;
  occupation_label_en: string | null;
  isco_group_code: string | null;
}

/**
 * The engine's view of these vacancies, in any status, with the essential skills of each one's ESCO
 * occupation (the scorer fills unlisted required skills from them). Three queries whatever the number.
 */
export async function loadMatchVacancies(
  db: Db,
  vacancyIds: readonly string[],
): Promise<Map<string, LoadedVacancy>> {
  const ids = uuids(vacancyIds);
  const result = new Map<string, LoadedVacancy>();
  if (ids.length === 0) return result;
  const [vacancies, skills, essentials] = (await Promise.all([
    db.query(
      `SELECT v.id, v.status, v.version, v.review_region_id, to_char(v.closing_date, 'YYYY-MM-DD') AS closing_date,
              v.route_type, v.hours_min, v.hours_max, v.lat, v.lon, v.remote, v.min_dutch_level,
              v.education_level, v.inclusive_options, v.occupation_id,
              o.label_nl AS occupation_label_nl, o.label_en AS occupation_label_en, o.isco_group_code
       FROM vacancy v LEFT JOIN occupation o ON o.id = v.occupation_id
       WHERE v.id = ANY($1::uuid[])`,
      [ids],
    ),
    db.query(
      `SELECT vs.vacancy_id AS owner_id, s.id, s.label_nl, s.label_en, vs.required
       FROM vacancy_skill vs JOIN skill s ON s.id = vs.skill_id
       WHERE vs.vacancy_id = ANY($1::uuid[]) ORDER BY vs.vacancy_id, vs.position`,
      [ids],
    ),
    db.query(
      `SELECT DISTINCT v.occupation_id AS owner_id, s.id, s.label_nl, s.label_en
       FROM vacancy v
       JOIN occupation_skill os ON os.occupation_id = v.occupation_id AND os.relation = 'ESSENTIAL'
       JOIN skill s ON s.id = os.skill_id
       WHERE v.id = ANY($1::uuid[])
       ORDER BY 1, 2`,
      [ids],
    ),
  ])) as [VacancyRow[], (ConceptRow & { required: boolean })[], ConceptRow[]];
  const skillsOf = groupBy(skills, (row) => row.owner_id);
  const essentialsOf = groupBy(essentials, (row) => row.owner_id);
  for (const row of vacancies) {
    const listed = skillsOf.get(row.id) ?? [];
    result.set(row.id, {
      vacancyId: row.id,
      status: row.status,
      version: row.version,
      reviewRegionId: row.review_region_id,
      closingDate: row.closing_date,
      input: {
        requiredSkills: listed.filter((skill) => skill.required).map(ref),
        niceToHaveSkills: listed.filter((skill) => !skill.required).map(ref),
        occupation:
          row.occupation_id && row.isco_group_code
            ? {
                id: row.occupation_id,
                label: showLabel({
                  labelNl: row.occupation_label_nl,
                  labelEn: row.occupation_label_en ?? '',
                }).label,
                iscoGroup: row.isco_group_code,
              }
            : null,
        occupationEssentialSkills: row.occupation_id
          ? (essentialsOf.get(row.occupation_id) ?? []).map(ref)
          : [],
        routeType: row.route_type,
        hours: { min: row.hours_min, max: row.hours_max },
        location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
        remote: row.remote,
        minDutchLevel: row.min_dutch_level,
        educationLevel: row.education_level,
        inclusiveOptions: row.inclusive_options,
        // Vacancies cannot reserve a place for the Banenafspraak register yet (no such field); until they can,
        // JOB_AGREEMENT_SUITABLE keeps every place open to everyone, as the scorer's input documents.
        reservedForJobAgreement: false,
        closingDate: row.closing_date,
      },
    });
  }
  return result;
}

/** Whether the vacancy takes part in matching on `today` (Amsterdam date): published and not past its closing date. */
export function vacancyIsOpen(
  vacancy: Pick<LoadedVacancy, 'status' | 'closingDate'>,
  today: string,
): boolean {
  return vacancy.status === VacancyStatus.PUBLISHED && vacancy.closingDate >= today;
}

export function profileIsPublished(profile: Pick<LoadedProfile, 'status' | 'candidate'>): boolean {
  return profile.status === TalentProfileStatus.PUBLISHED && profile.candidate !== null;
}
