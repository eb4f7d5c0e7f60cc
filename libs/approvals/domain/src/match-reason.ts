import type { FieldViolation } from '@werkmatch/shared/errors';

/**
 * Why a match proposal was rejected, or why an introduction did not lead to a placement: one fixed list, so the
 * reports can count reasons and a coach reads the same words in both places. Keys equal values (GraphQL).
 */
export enum MatchReason {
  SKILLS = 'SKILLS',
  DISTANCE = 'DISTANCE',
  HOURS = 'HOURS',
  LANGUAGE = 'LANGUAGE',
  PERSON_NOT_AVAILABLE = 'PERSON_NOT_AVAILABLE',
  EMPLOYER_DECLINED = 'EMPLOYER_DECLINED',
  PERSON_DECLINED = 'PERSON_DECLINED',
  /** Needs a text saying what it was. */
  OTHER = 'OTHER',
}

export const MATCH_REASON_LABEL: Readonly<Record<MatchReason, { nl: string; en: string }>> = {
  [MatchReason.SKILLS]: { nl: 'Vaardigheden passen niet', en: 'Skills do not fit' },
  [MatchReason.DISTANCE]: { nl: 'Te ver weg', en: 'Too far away' },
  [MatchReason.HOURS]: { nl: 'Uren passen niet', en: 'Hours do not fit' },
  [MatchReason.LANGUAGE]: { nl: 'Taalniveau past niet', en: 'Language level does not fit' },
  [MatchReason.PERSON_NOT_AVAILABLE]: {
    nl: 'Kandidaat is niet beschikbaar',
    en: 'The person is not available',
  },
  [MatchReason.EMPLOYER_DECLINED]: { nl: 'Werkgever ziet ervan af', en: 'The employer declined' },
  [MatchReason.PERSON_DECLINED]: { nl: 'Kandidaat ziet ervan af', en: 'The person declined' },
  [MatchReason.OTHER]: { nl: 'Andere reden', en: 'Another reason' },
};

export const REASON_TEXT_MIN_LENGTH = 3;
export const REASON_TEXT_MAX_LENGTH = 1000;
export const NOTE_MAX_LENGTH = 1000;

/** A free text as stored: trimmed, and null when nothing is left. */
export function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * A reason from the list with its optional text: OTHER says nothing without a text, so there it is required;
 * with any reason a text may add detail. `at` names the arguments (`reason`, `input.reason`, ...).
 */
export function reasonViolations(
  reason: string | null | undefined,
  text: string | null | undefined,
  at: { reason: string; text: string },
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!reason) violations.push({ field: at.reason, rule: 'required' });
  else if (!(Object.values(MatchReason) as string[]).includes(reason))
    violations.push({ field: at.reason, rule: `one of ${Object.values(MatchReason).join(', ')}` });
  const cleaned = cleanText(text);
  if (reason === MatchReason.OTHER && cleaned === null)
    violations.push({ field: at.text, rule: 'required when the reason is OTHER' });
  if (
    cleaned !== null &&
    (cleaned.length < REASON_TEXT_MIN_LENGTH || cleaned.length > REASON_TEXT_MAX_LENGTH)
  )
    violations.push({
      field: at.text,
      rule: `between ${REASON_TEXT_MIN_LENGTH} and ${REASON_TEXT_MAX_LENGTH} characters`,
    });
  return violations;
}

export function noteViolations(note: string | null | undefined, at: string): FieldViolation[] {
  const cleaned = cleanText(note);
  return cleaned !== null && cleaned.length > NOTE_MAX_LENGTH
    ? [{ field: at, rule: `at most ${NOTE_MAX_LENGTH} characters` }]
    : [];
}
