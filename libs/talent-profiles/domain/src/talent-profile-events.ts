/** The aggregate type of every talent-profile row in the outbox. */
export const TALENT_PROFILE_AGGREGATE = 'talent-profile';

/**
 * What search and matching hear about a talent profile, through the outbox (payload `{ jobSeekerId }`; consumers
 * reload the profile). Changes to a draft or paused profile emit nothing: neither search nor matching sees those.
 */
export const TALENT_PROFILE_PUBLISHED = 'talent-profile.published';
/** Any change to a PUBLISHED profile, the coach's assessment included. */
export const TALENT_PROFILE_CHANGED = 'talent-profile.changed';
/** Paused by the owner, their coach or the confirmation job: take it out of search and matching. */
export const TALENT_PROFILE_PAUSED = 'talent-profile.paused';
/** Deleted with the person's data: remove it everywhere. */
export const TALENT_PROFILE_ERASED = 'talent-profile.erased';

export const TALENT_PROFILE_EVENTS = [
  TALENT_PROFILE_PUBLISHED,
  TALENT_PROFILE_CHANGED,
  TALENT_PROFILE_PAUSED,
  TALENT_PROFILE_ERASED,
] as const;

export type TalentProfileEventType = (typeof TALENT_PROFILE_EVENTS)[number];
