import type { Coordinates } from '@werkmatch/geo/domain';
import type {
  CefrLevel,
  EducationLevel,
  HoursRange,
  InclusiveOption,
  RouteType,
  SkillLevel,
} from '@werkmatch/work/domain';

/** A taxonomy concept as shown to people: Dutch label where ESCO has one, English otherwise. */
export interface SkillRef {
  id: string;
  label: string;
}

/** A skill of the person with their own assessment of it. */
export interface CandidateSkill extends SkillRef {
  level: SkillLevel;
}

/** An occupation the person wants, with its ISCO-08 unit group (4 digits) so related occupations count too. */
export interface WantedOccupation {
  id: string;
  iscoGroup: string;
}

/** The occupation a vacancy is for. */
export interface MatchOccupation {
  id: string;
  label: string;
  /** ISCO-08 unit group, 4 digits. */
  iscoGroup: string;
}

/**
 * The person side of a match: only what matching may use. There is deliberately no name, age, gender, origin,
 * photo, target group or support need here, so the scorer cannot weigh them even by mistake; object literals
 * with such fields do not compile (see fairness.spec.ts).
 */
export interface MatchCandidate {
  skills: readonly CandidateSkill[];
  wantedOccupations: readonly WantedOccupation[];
  educationLevel: EducationLevel | null;
  /** Null when the person has not said; a vacancy with a minimum then cannot be proposed. */
  dutchLevel: CefrLevel | null;
  hours: HoursRange;
  /** `YYYY-MM-DD`; null when the person has not said (the start is then not weighed). */
  earliestStart: string | null;
  /** Centre of the person's 4-digit postcode area, never the home address. */
  location: Coordinates;
  /** How far the person is willing to travel, km as the crow flies. */
  travelKm: number;
  wantedRouteTypes: readonly RouteType[];
  /** Participatieladder 1–6 as a coach assessed it; null when no coach did (the ladder then restricts nothing). */
  participationLevel: number | null;
  /** Indicatie beschut werk. Eligibility only: never read by the scorer. */
  hasShelteredWorkIndication: boolean;
  /** In the Banenafspraak register (doelgroepregister). Eligibility only: never read by the scorer. */
  inJobAgreementRegister: boolean;
}

/** The vacancy side of a match. */
export interface MatchVacancy {
  requiredSkills: readonly SkillRef[];
  niceToHaveSkills: readonly SkillRef[];
  occupation: MatchOccupation | null;
  /**
   * The essential skills of the vacancy's ESCO occupation, passed in by the caller (the scorer does no look-ups).
   * They stand in for required skills the employer did not list.
   */
  occupationEssentialSkills: readonly SkillRef[];
  routeType: RouteType;
  hours: HoursRange;
  /** Centre of the workplace's postcode area; may be null only for a remote vacancy. */
  location: Coordinates | null;
  /** Work from anywhere: always within reach. */
  remote: boolean;
  minDutchLevel: CefrLevel | null;
  educationLevel: EducationLevel | null;
  inclusiveOptions: readonly InclusiveOption[];
  /**
   * Only for people in the Banenafspraak register. `InclusiveOption.JOB_AGREEMENT_SUITABLE` alone means the place
   * suits them and stays open to everyone; this flag is what reserves it.
   */
  reservedForJobAgreement: boolean;
  /** Last day to apply, `YYYY-MM-DD`: the person's earliest start is weighed against it. */
  closingDate: string | null;
}
