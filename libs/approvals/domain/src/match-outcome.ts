import { DomainError, ErrorCode, FieldViolation } from '@werkmatch/shared/errors';
import { addMonths, isIsoDate } from '@werkmatch/vacancies/domain';
import { MatchReason, reasonViolations } from './match-reason';

/**
 * What happened after an approval (DOMAIN.md: the account manager introduces both sides and records the
 * outcome). INTRODUCED is where every approved match starts; PLACED and NOT_PLACED are final.
 */
export enum MatchOutcome {
  INTRODUCED = 'INTRODUCED',
  INTERVIEW_PLANNED = 'INTERVIEW_PLANNED',
  PLACED = 'PLACED',
  NOT_PLACED = 'NOT_PLACED',
}

const { INTRODUCED, INTERVIEW_PLANNED, PLACED, NOT_PLACED } = MatchOutcome;

/**
 * Outcome → the outcomes that may follow it. A placement may follow the introduction directly: volunteer work
 * and day activities often start without an interview.
 */
export const OUTCOME_TRANSITIONS: Readonly<Record<MatchOutcome, readonly MatchOutcome[]>> = {
  [INTRODUCED]: [INTERVIEW_PLANNED, PLACED, NOT_PLACED],
  [INTERVIEW_PLANNED]: [PLACED, NOT_PLACED],
  [PLACED]: [],
  [NOT_PLACED]: [],
};

/** The outcomes `recordMatchOutcome` records; PLACED needs the placement's facts (`recordPlacement`). */
export const RECORDABLE_OUTCOMES: readonly MatchOutcome[] = [INTERVIEW_PLANNED, NOT_PLACED];

/** An introduced match without an outcome this long after the introduction gets a reminder. */
export const OUTCOME_REMINDER_DAYS = 14;

const words = (outcome: MatchOutcome): string => outcome.toLowerCase().replaceAll('_', ' ');
/** What recording an outcome adds, as the error names it. */
const RECORDING: Readonly<Record<MatchOutcome, string>> = {
  [INTRODUCED]: 'an introduction',
  [INTERVIEW_PLANNED]: 'a planned interview',
  [PLACED]: 'a placement',
  [NOT_PLACED]: 'that it did not lead to a placement',
};

export class OutcomeTransitionError extends DomainError {
  constructor(from: MatchOutcome | null, to: MatchOutcome) {
    super(
      ErrorCode.InvalidTransition,
      from === null
        ? `cannot record ${RECORDING[to]} for a match that was not approved: only an approved match is introduced`
        : `cannot record ${RECORDING[to]} for a match that is ${words(from)}: ${
            OUTCOME_TRANSITIONS[from].length === 0
              ? 'its outcome is final'
              : `next is ${OUTCOME_TRANSITIONS[from].map(words).join(' or ')}`
          }`,
    );
  }
}

/** `from` is null when there is no approved match (rejected, open, withdrawn). */
export function assertOutcomeTransition(from: MatchOutcome | null, to: MatchOutcome): void {
  if (from === null || !OUTCOME_TRANSITIONS[from].includes(to))
    throw new OutcomeTransitionError(from, to);
}

export interface OutcomeDraft {
  outcome: MatchOutcome;
  reason?: MatchReason | null;
  reasonText?: string | null;
  /** The planned interview's day (`YYYY-MM-DD`), optional. */
  interviewDate?: string | null;
}

/**
 * The rules of an outcome's details: NOT_PLACED needs a reason from the list (OTHER with a text); a reason or
 * interview date belongs only to the outcome it describes; an interview date is a real date within a year of
 * today either way.
 */
export function outcomeViolations(draft: OutcomeDraft, today: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!RECORDABLE_OUTCOMES.includes(draft.outcome))
    violations.push({
      field: 'outcome',
      rule:
        draft.outcome === PLACED
          ? 'a placement is recorded with recordPlacement'
          : `one of ${RECORDABLE_OUTCOMES.join(', ')}`,
    });
  if (draft.outcome === NOT_PLACED)
    violations.push(
      ...reasonViolations(draft.reason, draft.reasonText, { reason: 'reason', text: 'reasonText' }),
    );
  else if (draft.reason || draft.reasonText)
    violations.push({ field: 'reason', rule: 'only with NOT_PLACED' });
  if (draft.interviewDate != null) {
    if (draft.outcome !== INTERVIEW_PLANNED)
      violations.push({ field: 'interviewDate', rule: 'only with INTERVIEW_PLANNED' });
    else if (!isIsoDate(draft.interviewDate))
      violations.push({ field: 'interviewDate', rule: 'a date YYYY-MM-DD' });
    else if (
      draft.interviewDate < addMonths(today, -12) ||
      draft.interviewDate > addMonths(today, 12)
    )
      violations.push({ field: 'interviewDate', rule: 'within a year of today' });
  }
  return violations;
}
