import { ValidationError } from '@werkmatch/shared/errors';

/** The rule as users read it in an error message. */
export const POSTCODE_RULE = 'a Dutch postcode of the form 1234 AB or 1234';

export interface DutchPostcode {
  /** The four digits: the postcode area the platform knows coordinates for. */
  pc4: string;
  /** The two letters, upper case, when given. */
  letters: string | null;
  /** The written form: `3991 AB` or `3991`. */
  formatted: string;
}

// Postcodes start at 1000; the letter pairs SA, SD and SS are never issued.
const POSTCODE = /^([1-9][0-9]{3})(?:\s?([A-Z]{2}))?$/;
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Parses `3991 AB`, `3991AB`, `3991 ab` or `3991`; anything else is a ValidationError naming `field`. */
export function parseDutchPostcode(input: string, field = 'postcode'): DutchPostcode {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  const letters = match?.[2] ?? null;
  if (!match || (letters && UNUSED_LETTERS.has(letters)))
    throw ValidationError.field(field, POSTCODE_RULE);
  const pc4 = match[1];
  return { pc4, letters, formatted: letters ? `${pc4} ${letters}` : pc4 };
}

export function isDutchPostcode(input: string): boolean {
  try {
    parseDutchPostcode(input);
    return true;
  } catch {
    return false;
  }
}
