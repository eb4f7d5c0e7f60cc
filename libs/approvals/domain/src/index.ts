export {
  cleanText,
  MATCH_REASON_LABEL,
  MatchReason,
  noteViolations,
  reasonViolations,
} from './match-reason';
export {
  assertDecidable,
  DECISION_OF,
  DecisionAction,
  MatchDecisionKind,
  MAX_BATCH_DECISIONS,
} from './decision';
export {
  assertOutcomeTransition,
  MatchOutcome,
  OUTCOME_REMINDER_DAYS,
  OutcomeTransitionError,
  outcomeViolations,
  RECORDABLE_OUTCOMES,
} from './match-outcome';
export type { OutcomeDraft } from './match-outcome';
export { followUpDueOn, isPaidPlacement, placementViolations } from './placement';
export type { PlacementContext, PlacementDraft } from './placement';
export { visibleDecisionDetails } from './visibility';
export type { DecisionDetails, VisibleDecisionDetails } from './visibility';
