export { isEligible, IneligibilityCode, travelDistance } from './eligibility';
export type { Eligibility, IneligibilityReason, TravelDistance } from './eligibility';
export { ExplanationKind } from './explanation';
export type {
  DistanceData,
  EducationData,
  ExplanationItem,
  HoursData,
  InclusiveOptionsData,
  LanguageData,
  MatchedSkill,
  MatchScore,
  NiceToHaveSkillsData,
  OccupationData,
  OccupationMatchLevel,
  RequiredSkillsData,
  RouteData,
  StartData,
} from './explanation';
export { EDUCATION_LABEL, INCLUSIVE_OPTION_LABEL, ROUTE_LABEL } from './labels';
export type { Bilingual } from './labels';
export { DEFAULT_MATCH_CONFIG, DEFAULT_MATCH_WEIGHTS, MATCH_SCORING_RULES } from './match-config';
export type { MatchConfig, MatchWeights } from './match-config';
export type {
  CandidateSkill,
  MatchCandidate,
  MatchOccupation,
  MatchVacancy,
  SkillRef,
  WantedOccupation,
} from './match-input';
export {
  isParticipationLevel,
  ROUTE_RUNG,
  ROUTES_BY_PARTICIPATION_LEVEL,
  routeFit,
  routeOpenAtLevel,
} from './participation-routes';
export type { ParticipationLevel, RouteFit } from './participation-routes';
export { evaluateMatch, selectProposals } from './proposals';
export type { MatchEvaluation, ScoredPair } from './proposals';
export { scoreMatch, scoreMatchOnly } from './score-match';
export { MATCH_QUALITY_SET } from './quality/labelled-set';
export type {
  LabelledProfile,
  LabelledSet,
  LabelledVacancy,
  Relevance,
} from './quality/labelled-set';
export { measureMatchQuality } from './quality/match-quality';
export type { MatchQuality, ProfileQuality, RankedVacancy } from './quality/match-quality';
export { ndcgAtK, precisionAtK } from './quality/metrics';
export type { Grades } from './quality/metrics';
