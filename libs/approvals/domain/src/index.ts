export {
  cleanText,
  MATCH_REASON_LABEL,
  MatchReason,
  NOTE_MAX_LENGTH,
  noteViolations,
  REASON_TEXT_MAX_LENGTH,
  REASON_TEXT_MIN_LENGTH,
  reasonViolations,
} from './match-reason';
export {
  assertDecidable,
  DECISION_OF,
  DecisionAction,
  DecisionTransitionError,
  MatchDecisionKind,
  MAX_BATCH_DECISIONS,
  OPEN_STATUS,
} from './decision';
export {
  assertOutcomeTransition,
  MatchOutcome,
  OUTCOME_REMINDER_DAYS,
  OUTCOME_TRANSITIONS,
  OutcomeTransitionError,
  outcomeViolations,
  RECORDABLE_OUTCOMES,
} from './match-outcome';
export type { OutcomeDraft } from './match-outcome';
export {
  FOLLOW_UP_MONTHS,
  followUpDueOn,
  isPaidPlacement,
  PLACEMENT_START_MAX_MONTHS_AHEAD,
  placementViolations,
} from './placement';
export type { PlacementContext, PlacementDraft } from './placement';
export { visibleDecisionDetails } from './visibility';
export type { DecisionDetails, VisibleDecisionDetails } from './visibility';
