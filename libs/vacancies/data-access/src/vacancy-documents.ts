import type { DataSource, EntityManager } from 'typeorm';
import { showLabel } from '@werkmatch/taxonomy/data-access';
import type { VacancyStatus } from '@werkmatch/vacancies/domain';
import type {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
} from '@werkmatch/work/domain';

export interface VacancyDocumentConcept {
  id: string;
  /** Dutch where ESCO has a Dutch label, English otherwise. */
  label: string;
}

/**
 * A vacancy as search and matching read it: its public fields with the names of what it refers to, so an
 * index needs no further look-ups. Internal fields (return reason, who created or published it) are left out.
 */
export interface VacancyDocument {
  id: string;
  status: VacancyStatus;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  occupation: (VacancyDocumentConcept & { iscoGroupCode: string }) | null;
  requiredSkills: VacancyDocumentConcept[];
  niceToHaveSkills: VacancyDocumentConcept[];
  routeType: RouteType;
  hoursMin: number;
  hoursMax: number;
  positions: number;
  remote: boolean;
  postcode: string | null;
  pc4: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  regionId: string | null;
  regionName: string | null;
  lat: number | null;
  lon: number | null;
  minDutchLevel: CefrLevel | null;
  educationLevel: EducationLevel | null;
  inclusiveOptions: InclusiveOption[];
  contractType: ContractType | null;
  payMin: number | null;
  payMax: number | null;
  payPeriod: PayPeriod | null;
  closingDate: string;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
}

interface VacancyRow {
  id: string;
  status: VacancyStatus;
  organisation_id: string;
  organisation_name: string;
  title: string;
  description: string;
  occupation_id: string | null;
  occupation_label_nl: string | null;
  occupation_label_en: string | null;
  isco_group_code: string | null;
  route_type: RouteType;
  hours_min: number;
  hours_max: number;
  positions: number;
  remote: boolean;
  postcode: string | null;
  pc4: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  region_id: string | null;
  region_name: string | null;
  lat: number | null;
  lon: number | null;
  min_dutch_level: CefrLevel | null;
  education_level: EducationLevel | null;
  inclusive_options: InclusiveOption[];
  contract_type: ContractType | null;
  pay_min: string | null;
  pay_max: string | null;
  pay_period: PayPeriod | null;
  closing_date: string;
  published_at: Date | null;
  updated_at: Date;
  version: number;
}

interface SkillRow {
  vacancy_id: string;
  skill_id: string;
  required: boolean;
  label_nl: string | null;
  label_en: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The vacancies with these ids as plain documents, in no particular order; ids without a vacancy are left out
 * (an indexer deletes those from its index). Two queries whatever the number of ids.
 */
export async function loadVacancyDocuments(
  db: DataSource | EntityManager,
  ids: readonly string[],
): Promise<VacancyDocument[]> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (wanted.length === 0) return [];
  const rows = (await db.query(
    `SELECT v.id, v.status, v.organisation_id, o.name AS organisation_name, v.title, v.description,
            v.occupation_id, oc.label_nl AS occupation_label_nl, oc.label_en AS occupation_label_en,
            oc.isco_group_code, v.route_type, v.hours_min, v.hours_max, v.positions, v.remote, v.postcode,
            v.pc4, v.municipality_code, m.name AS municipality_name, v.region_id, r.name AS region_name,
            v.lat, v.lon, v.min_dutch_level, v.education_level, v.inclusive_options, v.contract_type,
            v.pay_min, v.pay_max, v.pay_period, to_char(v.closing_date, 'YYYY-MM-DD') AS closing_date,
            v.published_at, v.updated_at, v.version
     FROM vacancy v
     JOIN employer_organisation o ON o.id = v.organisation_id
     LEFT JOIN occupation oc ON oc.id = v.occupation_id
     LEFT JOIN municipality m ON m.code = v.municipality_code
     LEFT JOIN labour_market_region r ON r.id = v.region_id
     WHERE v.id = ANY($1::uuid[])`,
    [wanted],
  )) as VacancyRow[];
  const skills = (await db.query(
    `SELECT vs.vacancy_id, vs.skill_id, vs.required, s.label_nl, s.label_en
     FROM vacancy_skill vs JOIN skill s ON s.id = vs.skill_id
     WHERE vs.vacancy_id = ANY($1::uuid[])
     ORDER BY vs.vacancy_id, vs.position`,
    [rows.map((row) => row.id)],
  )) as SkillRow[];
  const skillsOf = new Map<string, SkillRow[]>();
  for (const skill of skills)
    skillsOf.set(skill.vacancy_id, [...(skillsOf.get(skill.vacancy_id) ?? []), skill]);
  const concept = (skill: SkillRow): VacancyDocumentConcept => ({
    id: skill.skill_id,
    label: showLabel({ labelNl: skill.label_nl, labelEn: skill.label_en }).label,
  });
  const amount = (value: string | null) => (value === null ? null : Number(value));

  return rows.map((row) => {
    const own = skillsOf.get(row.id) ?? [];
    return {
      id: row.id,
      status: row.status,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      title: row.title,
      description: row.description,
      occupation:
        row.occupation_id && row.occupation_label_en !== null && row.isco_group_code !== null
          ? {
              id: row.occupation_id,
              label: showLabel({
                labelNl: row.occupation_label_nl,
                labelEn: row.occupation_label_en,
              }).label,
              iscoGroupCode: row.isco_group_code,
            }
          : null,
      requiredSkills: own.filter((skill) => skill.required).map(concept),
      niceToHaveSkills: own.filter((skill) => !skill.required).map(concept),
      routeType: row.route_type,
      hoursMin: row.hours_min,
      hoursMax: row.hours_max,
      positions: row.positions,
      remote: row.remote,
      postcode: row.postcode,
      pc4: row.pc4,
      municipalityCode: row.municipality_code,
      municipalityName: row.municipality_name,
      regionId: row.region_id,
      regionName: row.region_name,
      lat: row.lat,
      lon: row.lon,
      minDutchLevel: row.min_dutch_level,
      educationLevel: row.education_level,
      inclusiveOptions: row.inclusive_options,
      contractType: row.contract_type,
      payMin: amount(row.pay_min),
      payMax: amount(row.pay_max),
      payPeriod: row.pay_period,
      closingDate: row.closing_date,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}
