/** Only PUBLISHED profiles take part in matching and search. Keys equal values (GraphQL). */
export enum TalentProfileStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
}

/** Why a profile is paused: the owner (or their coach) did it, or it was not confirmed in time. */
export enum PauseReason {
  BY_OWNER = 'BY_OWNER',
  BY_COACH = 'BY_COACH',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}

/** A published profile asks its owner to confirm it is still current this long after the last confirmation. */
export const CONFIRM_EVERY_DAYS = 90;
/** ... and pauses itself when the owner did not confirm within this many days of being asked. */
export const CONFIRM_WITHIN_DAYS = 14;
