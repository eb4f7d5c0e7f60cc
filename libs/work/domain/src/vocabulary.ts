/*
 * The shared vocabulary of talent profiles, vacancies and matching (DOMAIN.md). Every enum reaches GraphQL,
 * which publishes keys, so keys equal values; values are also what the database stores.
 */

/** Routes to work, from furthest to closest to the regular labour market (DOMAIN.md). */
export enum RouteType {
  DAY_ACTIVITY = 'DAY_ACTIVITY',
  SOCIAL_ACTIVATION = 'SOCIAL_ACTIVATION',
  VOLUNTEER = 'VOLUNTEER',
  PARTICIPATION_JOB = 'PARTICIPATION_JOB',
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  LEARN_WORK = 'LEARN_WORK',
  SHELTERED_WORK = 'SHELTERED_WORK',
  SUPPORTED_JOB = 'SUPPORTED_JOB',
  PAID_JOB = 'PAID_JOB',
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT',
}

/** In the order of DOMAIN.md: the index is the distance from the regular labour market. */
export const ROUTE_TYPES_IN_ORDER: readonly RouteType[] = Object.values(RouteType);

/**
 * What an employer can offer as a vacancy. Social activation and self-employment are routes a person follows,
 * not places an employer posts.
 */
export const VACANCY_ROUTE_TYPES: readonly RouteType[] = [
  RouteType.PAID_JOB,
  RouteType.SUPPORTED_JOB,
  RouteType.LEARN_WORK,
  RouteType.WORK_EXPERIENCE,
  RouteType.PARTICIPATION_JOB,
  RouteType.VOLUNTEER,
  RouteType.SHELTERED_WORK,
  RouteType.DAY_ACTIVITY,
];

/** Routes with an employment contract and pay; for the others (volunteer, participation, ...) neither applies. */
export const PAID_ROUTE_TYPES: readonly RouteType[] = [
  RouteType.PAID_JOB,
  RouteType.SUPPORTED_JOB,
  RouteType.SHELTERED_WORK,
  RouteType.LEARN_WORK,
];

/** Dutch education levels, lowest first; the order is the rank used for "at least". */
export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  VMBO = 'VMBO',
  MBO_1 = 'MBO_1',
  MBO_2 = 'MBO_2',
  MBO_3 = 'MBO_3',
  MBO_4 = 'MBO_4',
  HAVO_VWO = 'HAVO_VWO',
  HBO = 'HBO',
  WO = 'WO',
}

export const EDUCATION_LEVELS_IN_ORDER: readonly EducationLevel[] = Object.values(EducationLevel);

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS_IN_ORDER.indexOf(level);
}

/** Common European Framework of Reference levels, lowest first. */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

export const CEFR_LEVELS_IN_ORDER: readonly CefrLevel[] = Object.values(CefrLevel);

export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS_IN_ORDER.indexOf(level);
}

/** Participatieladder: 1 isolated · 2 social contacts · 3 organised activities · 4 unpaid work · 5 paid work with support · 6 paid work. */
export const PARTICIPATION_LEVEL_MIN = 1;
export const PARTICIPATION_LEVEL_MAX = 6;

/** Support a coach records for a person; sensitive, never shown to employers before an approved match. */
export enum SupportNeed {
  JOB_COACH = 'JOB_COACH',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
  ADAPTED_WORKPLACE = 'ADAPTED_WORKPLACE',
}

/**
 * Target groups (DOMAIN.md): sensitive, never shown to employers. JOB_AGREEMENT (Banenafspraak register) and
 * SHELTERED_WORK (indication) are also eligibility: they may filter who is eligible, never weigh a score.
 */
export enum TargetGroup {
  YOUTH = 'YOUTH',
  STATUS_HOLDER = 'STATUS_HOLDER',
  SINGLE_PARENT = 'SINGLE_PARENT',
  AGE_45_PLUS = 'AGE_45_PLUS',
  JOB_AGREEMENT = 'JOB_AGREEMENT',
  SHELTERED_WORK = 'SHELTERED_WORK',
}

/** What a vacancy offers to make work possible for more people. */
export enum InclusiveOption {
  /** Suitable for people in the Banenafspraak register (doelgroep banenafspraak). */
  JOB_AGREEMENT_SUITABLE = 'JOB_AGREEMENT_SUITABLE',
  JOB_COACH_POSSIBLE = 'JOB_COACH_POSSIBLE',
  ACCESSIBLE_WORKPLACE = 'ACCESSIBLE_WORKPLACE',
  PART_TIME_POSSIBLE = 'PART_TIME_POSSIBLE',
}

export enum ContractType {
  PERMANENT = 'PERMANENT',
  FIXED_TERM = 'FIXED_TERM',
  TEMPORARY_AGENCY = 'TEMPORARY_AGENCY',
  ON_CALL = 'ON_CALL',
  /** Beroepsbegeleidende leerweg: a learn-work contract with a school. */
  APPRENTICESHIP = 'APPRENTICESHIP',
}

export enum PayPeriod {
  HOUR = 'HOUR',
  MONTH = 'MONTH',
}

/** Dutch driving-licence categories a job may ask for. */
export enum DrivingLicence {
  AM = 'AM',
  A = 'A',
  B = 'B',
  BE = 'BE',
  C = 'C',
  CE = 'CE',
  D = 'D',
}

export enum TransportMode {
  WALKING = 'WALKING',
  BICYCLE = 'BICYCLE',
  MOPED = 'MOPED',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
}

/** A person's own assessment of a skill. */
export enum SkillLevel {
  BEGINNER = 'BEGINNER',
  COMPETENT = 'COMPETENT',
  PROFICIENT = 'PROFICIENT',
  EXPERT = 'EXPERT',
}

/** ISO 639-1 code of Dutch, the language asked of everyone. */
export const DUTCH = 'nl';
