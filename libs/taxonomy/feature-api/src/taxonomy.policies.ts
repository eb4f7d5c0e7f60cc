import { Allow } from '@werkmatch/platform/access-control';

/** The access policies of the taxonomy look-ups. */
export const TaxonomyPolicies = {
  /** The look-ups serve anyone building a profile or a vacancy; ESCO itself is public data. */
  lookUp: Allow.authenticated(),
  /**
   * Fields of a concept that another operation returned: that operation already decided who may see the
   * concept, and the taxonomy holds no personal data, so the field adds no restriction of its own (a future
   * public vacancy page can show an occupation's ISCO group).
   */
  conceptField: Allow.anyone(),
} as const;
