import type { CefrLevel, EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';
import type { Bilingual } from './labels';
import type { SkillRef } from './match-input';

/** The parts of a match score, in the order an explanation lists them. */
export enum ExplanationKind {
  REQUIRED_SKILLS = 'REQUIRED_SKILLS',
  NICE_TO_HAVE_SKILLS = 'NICE_TO_HAVE_SKILLS',
  OCCUPATION = 'OCCUPATION',
  DISTANCE = 'DISTANCE',
  HOURS = 'HOURS',
  LANGUAGE = 'LANGUAGE',
  EDUCATION = 'EDUCATION',
  ROUTE = 'ROUTE',
  START = 'START',
  /** What the vacancy offers to make work possible; information for the coach, never scored. */
  INCLUSIVE_OPTIONS = 'INCLUSIVE_OPTIONS',
}

/** A skill the person has, with the credit their own assessment of it earned (0–1). */
export interface MatchedSkill extends SkillRef {
  credit: number;
}

export interface RequiredSkillsData {
  matched: MatchedSkill[];
  /** Required skills the person lacks: the steps that would open the match. */
  missing: SkillRef[];
  /** Essential skills of the occupation counted in place of required skills the employer did not list. */
  occupationSlots: number;
  /** Essential skills of the occupation the person has, at most `occupationSlots` of them counted. */
  occupationMatched: MatchedSkill[];
}

export interface NiceToHaveSkillsData {
  matched: MatchedSkill[];
  missing: SkillRef[];
}

export type OccupationMatchLevel =
  'EXACT' | 'ISCO_4' | 'ISCO_3' | 'ISCO_2' | 'OTHER' | 'NONE_WANTED';

export interface OccupationData {
  occupation: { id: string; label: string; iscoGroup: string };
  level: OccupationMatchLevel;
}

export interface DistanceData {
  remote: boolean;
  /** Rounded to 0.1 km; null for remote work or an unknown workplace. */
  km: number | null;
  travelKm: number;
}

export interface HoursData {
  available: { min: number; max: number };
  offered: { min: number; max: number };
  /** Hours both ranges share, both ends included; null without overlap. */
  overlap: { min: number; max: number } | null;
}

export interface LanguageData {
  dutchLevel: CefrLevel | null;
  required: CefrLevel;
}

export interface EducationData {
  educationLevel: EducationLevel | null;
  asked: EducationLevel;
  /** Levels below the one asked; 0 when it is met. */
  levelsShort: number;
}

export interface RouteData {
  routeType: RouteType;
  participationLevel: number | null;
  /** The route's rung minus the ideal rung (next rung up); null without an assessment. */
  gap: number | null;
}

export interface StartData {
  earliestStart: string;
  closingDate: string;
  /** Days the person can start after the closing date; negative or zero when they can start before it. */
  daysAfterClosing: number;
}

export interface InclusiveOptionsData {
  options: InclusiveOption[];
}

interface ItemBase<K extends ExplanationKind, D> extends Bilingual {
  kind: K;
  /** The configured weight of this part. */
  weight: number;
  /** How well this part fits, 0–1 (rounded to 0.01). */
  score: number;
  data: D;
}

/** One line of a match explanation, in Dutch and English, with the facts behind it for any other wording. */
export type ExplanationItem =
  | ItemBase<ExplanationKind.REQUIRED_SKILLS, RequiredSkillsData>
  | ItemBase<ExplanationKind.NICE_TO_HAVE_SKILLS, NiceToHaveSkillsData>
  | ItemBase<ExplanationKind.OCCUPATION, OccupationData>
  | ItemBase<ExplanationKind.DISTANCE, DistanceData>
  | ItemBase<ExplanationKind.HOURS, HoursData>
  | ItemBase<ExplanationKind.LANGUAGE, LanguageData>
  | ItemBase<ExplanationKind.EDUCATION, EducationData>
  | ItemBase<ExplanationKind.ROUTE, RouteData>
  | ItemBase<ExplanationKind.START, StartData>
  | ItemBase<ExplanationKind.INCLUSIVE_OPTIONS, InclusiveOptionsData>;

export interface MatchScore {
  /** 0–100, whole points. */
  score: number;
  items: ExplanationItem[];
}
