import { InvalidTransitionError, ValidationError } from '@werkmatch/shared/errors';
import { publicationViolations } from './completeness';
import type { TalentProfileContent } from './talent-profile';
import {
  CONFIRM_EVERY_DAYS,
  CONFIRM_WITHIN_DAYS,
  PauseReason,
  TalentProfileStatus,
} from './talent-profile-status';

/** The part of a profile its life cycle and the confirmation clock work on. */
export interface LifecycleState {
  status: TalentProfileStatus;
  publishedAt: Date | null;
  pausedAt: Date | null;
  pauseReason: PauseReason | null;
  /** When the owner last published or confirmed the profile as current. */
  confirmedAt: Date | null;
  /** When the owner was last asked to confirm; cleared by a confirmation. */
  confirmationRequestedAt: Date | null;
}

const DAY_MS = 86_400_000;
const WHAT = 'a talent profile';

/**
 * DRAFT or PAUSED → PUBLISHED, by the owner only (the service checks who), when every essential is there. Publishing
 * counts as confirming the profile is current.
 */
export function publishProfile(
  state: LifecycleState,
  content: TalentProfileContent,
  now: Date,
): LifecycleState {
  if (state.status === TalentProfileStatus.PUBLISHED)
    throw new InvalidTransitionError(WHAT, state.status, 'publish');
  const missing = publicationViolations(content);
  if (missing.length > 0) throw new ValidationError(missing);
  return {
    status: TalentProfileStatus.PUBLISHED,
    publishedAt: now,
    pausedAt: null,
    pauseReason: null,
    confirmedAt: now,
    confirmationRequestedAt: null,
  };
}

/** PUBLISHED → PAUSED: out of search and matching until the owner publishes it again. */
export function pauseProfile(
  state: LifecycleState,
  reason: PauseReason,
  now: Date,
): LifecycleState {
  if (state.status !== TalentProfileStatus.PUBLISHED)
    throw new InvalidTransitionError(WHAT, state.status, 'pause');
  return { ...state, status: TalentProfileStatus.PAUSED, pausedAt: now, pauseReason: reason };
}

export interface Confirmation {
  state: LifecycleState;
  /** The profile had paused itself for want of a confirmation and is published again. */
  republished: boolean;
}

/**
 * The owner says the profile is still current. A published profile restarts its clock; one that paused itself
 * because the confirmation did not come is published again (the essentials still required), since confirming
 * is what the email asked for.
 */
export function confirmProfile(
  state: LifecycleState,
  content: TalentProfileContent,
  now: Date,
): Confirmation {
  if (state.status === TalentProfileStatus.PUBLISHED)
    return {
      state: { ...state, confirmedAt: now, confirmationRequestedAt: null },
      republished: false,
    };
  if (
    state.status === TalentProfileStatus.PAUSED &&
    state.pauseReason === PauseReason.NOT_CONFIRMED
  )
    return { state: publishProfile(state, content, now), republished: true };
  throw new InvalidTransitionError(WHAT, state.status, 'confirm');
}

/** When a published profile asks its owner to confirm it: CONFIRM_EVERY_DAYS after the last confirmation. */
export function confirmationDueAt(state: LifecycleState): Date | null {
  if (state.status !== TalentProfileStatus.PUBLISHED || !state.confirmedAt) return null;
  return new Date(state.confirmedAt.getTime() + CONFIRM_EVERY_DAYS * DAY_MS);
}

/** When an asked profile pauses itself: CONFIRM_WITHIN_DAYS after the request (counted from the email, not the due date). */
export function pauseDueAt(state: LifecycleState): Date | null {
  if (state.status !== TalentProfileStatus.PUBLISHED || !state.confirmationRequestedAt) return null;
  return new Date(state.confirmationRequestedAt.getTime() + CONFIRM_WITHIN_DAYS * DAY_MS);
}

export enum ConfirmationStep {
  /** Ask the owner (by email) to confirm the profile is still current. */
  REQUEST = 'REQUEST',
  /** The owner was asked and did not confirm in time: pause it. */
  PAUSE = 'PAUSE',
}

/** What the confirmation job must do with a profile at `now`, if anything. */
export function confirmationStep(state: LifecycleState, now: Date): ConfirmationStep | null {
  if (state.status !== TalentProfileStatus.PUBLISHED) return null;
  const pauseAt = pauseDueAt(state);
  if (pauseAt) return pauseAt.getTime() <= now.getTime() ? ConfirmationStep.PAUSE : null;
  const askAt = confirmationDueAt(state);
  return askAt && askAt.getTime() <= now.getTime() ? ConfirmationStep.REQUEST : null;
}

/**
 * The same rule as bounds a query can use: published profiles confirmed before `askIfConfirmedBefore` and not yet
 * asked are due a request; those asked before `pauseIfAskedBefore` are due a pause.
 */
export function confirmationCutoffs(now: Date): {
  askIfConfirmedBefore: Date;
  pauseIfAskedBefore: Date;
} {
  return {
    askIfConfirmedBefore: new Date(now.getTime() - CONFIRM_EVERY_DAYS * DAY_MS),
    pauseIfAskedBefore: new Date(now.getTime() - CONFIRM_WITHIN_DAYS * DAY_MS),
  };
}
