import { DomainError, ErrorCode } from '@werkmatch/shared/errors';
import { VacancyStatus } from './vacancy-status';

/**
 * What can happen to a vacancy. `edit` keeps the status (a published edit is live at once); the others move it.
 * Who may do what is the access policy's business; this table only says what the status allows.
 */
export enum VacancyAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
  CLOSE = 'CLOSE',
  FILL = 'FILL',
  EXPIRE = 'EXPIRE',
}

const { DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, EXPIRED } = VacancyStatus;

/** From-status → to-status per action; a status missing from an action's row cannot take it. */
export const VACANCY_TRANSITIONS: Readonly<
  Record<VacancyAction, Readonly<Partial<Record<VacancyStatus, VacancyStatus>>>>
> = {
  // Under review (SUBMITTED) the account manager must see what they decide on, so it does not change then.
  [VacancyAction.EDIT]: { [DRAFT]: DRAFT, [PUBLISHED]: PUBLISHED },
  [VacancyAction.SUBMIT]: { [DRAFT]: SUBMITTED },
  [VacancyAction.PUBLISH]: { [SUBMITTED]: PUBLISHED },
  [VacancyAction.RETURN]: { [SUBMITTED]: DRAFT },
  // An employer may withdraw a vacancy at any point before it ends, also one that was never published.
  [VacancyAction.CLOSE]: { [DRAFT]: CLOSED, [SUBMITTED]: CLOSED, [PUBLISHED]: CLOSED },
  // Filled means people were found for it, which needs it to have been offered.
  [VacancyAction.FILL]: { [PUBLISHED]: FILLED },
  // A vacancy still under review when its closing date passes expires as well: publishing it would be pointless.
  [VacancyAction.EXPIRE]: { [SUBMITTED]: EXPIRED, [PUBLISHED]: EXPIRED },
};

/** The statuses in which the employer can still change the content. */
export const EDITABLE_VACANCY_STATUSES: readonly VacancyStatus[] = [DRAFT, PUBLISHED];

const VERB: Record<VacancyAction, string> = {
  [VacancyAction.EDIT]: 'edit',
  [VacancyAction.SUBMIT]: 'submit',
  [VacancyAction.PUBLISH]: 'publish',
  [VacancyAction.RETURN]: 'return',
  [VacancyAction.CLOSE]: 'close',
  [VacancyAction.FILL]: 'mark as filled',
  [VacancyAction.EXPIRE]: 'expire',
};

function hint(action: VacancyAction, from: VacancyStatus): string {
  if (from === FILLED || from === CLOSED || from === EXPIRED)
    return 'a filled, closed or expired vacancy no longer changes';
  if (action === VacancyAction.EDIT && from === SUBMITTED)
    return 'it is under review; an account manager publishes it or returns it to draft first';
  if (action === VacancyAction.PUBLISH || action === VacancyAction.RETURN)
    return 'only a submitted vacancy is reviewed';
  if (action === VacancyAction.SUBMIT) return 'only a draft is submitted for review';
  if (action === VacancyAction.FILL) return 'only a published vacancy can be filled';
  return 'the vacancy is not in a state that allows it';
}

/** INVALID_TRANSITION, saying what was tried, from which status, and why it cannot be done. */
export class VacancyTransitionError extends DomainError {
  constructor(
    readonly action: VacancyAction,
    readonly from: VacancyStatus,
  ) {
    super(
      ErrorCode.InvalidTransition,
      `cannot ${VERB[action]} a vacancy that is ${from.toLowerCase()}: ${hint(action, from)}`,
    );
  }
}

/** The status `action` leads to from `from`, or null when the action is not allowed then. */
export function nextVacancyStatus(
  from: VacancyStatus,
  action: VacancyAction,
): VacancyStatus | null {
  return VACANCY_TRANSITIONS[action][from] ?? null;
}

/** As `nextVacancyStatus`, but refusing an invalid transition with a VacancyTransitionError. */
export function assertVacancyTransition(from: VacancyStatus, action: VacancyAction): VacancyStatus {
  const to = nextVacancyStatus(from, action);
  if (!to) throw new VacancyTransitionError(action, from);
  return to;
}
