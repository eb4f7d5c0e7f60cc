import { RouteType, SkillLevel } from '@werkmatch/work/domain';

/**
 * How much each part of a match counts. Only relative sizes matter: a part that does not apply to a pair (a
 * vacancy without nice-to-have skills, without an education level, ...) is left out and the rest is scaled back
 * to 100, so a vacancy that asks less is not marked down for it.
 */
export interface MatchWeights {
  requiredSkills: number;
  niceToHaveSkills: number;
  occupation: number;
  distance: number;
  hours: number;
  language: number;
  education: number;
  route: number;
  start: number;
}

export interface MatchConfig {
  weights: MatchWeights;
  /** An eligible pair scoring below this is not proposed. */
  minScoreToPropose: number;
  /** Best proposals kept per vacancy. */
  maxProposalsPerVacancy: number;
  /** Best proposals kept per person, so a few strong profiles are not proposed everywhere at once. */
  maxProposalsPerPerson: number;
}

/**
 * Weights sum to 100, so each reads as "points out of 100" when every part applies. What the person can do and
 * wants to do (skills, occupation) weighs 60; whether the place is workable for them (distance, hours, language,
 * education, route, start) 40, so a pair that is merely convenient stays below the proposal threshold. Language
 * weighs little because the Dutch minimum is already a hard condition; its item is there to explain.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  requiredSkills: 35,
  niceToHaveSkills: 5,
  occupation: 20,
  distance: 10,
  hours: 8,
  language: 4,
  education: 5,
  route: 10,
  start: 3,
});

export const DEFAULT_MATCH_CONFIG: Readonly<MatchConfig> = Object.freeze({
  weights: DEFAULT_MATCH_WEIGHTS,
  minScoreToPropose: 50,
  maxProposalsPerVacancy: 25,
  maxProposalsPerPerson: 10,
});

/**
 * Fixed rules of the scorer (documented in the README under "Match scoring"); they shape each part's 0–1 score,
 * the weights above say how much that part counts.
 */
export const MATCH_SCORING_RULES = Object.freeze({
  /**
   * When a vacancy lists fewer required skills than this, essential skills of its ESCO occupation fill the gap:
   * one listed skill is too thin to tell who can do the job.
   */
  requiredSkillsFilledUpTo: 4,
  /**
   * Routes where the employer expects the occupation's skills from the first day. On learn-work, work-experience,
   * sheltered, volunteer and day-activity places people learn or do part of the work, so only the skills the place
   * lists count there.
   */
  occupationSkillsFillRoutes: Object.freeze([
    RouteType.PAID_JOB,
    RouteType.SUPPORTED_JOB,
  ]) as readonly RouteType[],
  /** Credit for a skill the person has, by their own assessment: a beginner is on the way, not there yet. */
  skillLevelCredit: Object.freeze({
    [SkillLevel.BEGINNER]: 0.6,
    [SkillLevel.COMPETENT]: 0.85,
    [SkillLevel.PROFICIENT]: 1,
    [SkillLevel.EXPERT]: 1,
  }) as Readonly<Record<SkillLevel, number>>,
  /** Occupation fit: the wanted occupation itself, then the same ISCO unit (4), minor (3) and sub-major (2) group. */
  occupationFit: Object.freeze({ exact: 1, isco4: 0.75, isco3: 0.5, isco2: 0.25, other: 0 }),
  /**
   * Where the person has not said (no education level): neither a reward nor a penalty. A person without a wanted
   * occupation gets their required-skill fit as occupation fit instead (this value only when no skills are asked).
   */
  unknownFit: 0.5,
  /** Distance score falls linearly from 1 at 0 km to this at the edge of the travel range (0 beyond it). */
  distanceScoreAtRange: 0.4,
  /** Education below the level asked: score by the number of levels short (1, 2, 3 or more). */
  educationShortfall: Object.freeze([0.6, 0.3, 0.1]) as readonly number[],
  /** Days after the closing date a person may start without losing points, and after which the start scores 0. */
  startGraceDays: 30,
  startZeroAfterDays: 180,
});
