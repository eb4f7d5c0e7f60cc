/**
 * Deliberately simple: one @, no spaces, a dot in the domain. Whether the address works is proven by the
 * emails we send (invitations, password reset), not by a regular expression.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const EMAIL_MAX_LENGTH = 254;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  const normalized = normalizeEmail(email);
  return normalized.length <= EMAIL_MAX_LENGTH && EMAIL.test(normalized);
}

/** A KvK (Chamber of Commerce) number is exactly 8 digits. */
export function isValidKvkNumber(kvkNumber: string): boolean {
  return /^[0-9]{8}$/.test(kvkNumber.trim());
}

/** Dutch postcode: four digits (not starting with 0) and two letters; SA, SD and SS are never issued. */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;

/** `1234 ab` → `1234AB`; null when it is not a Dutch postcode. */
export function normalizePostcode(postcode: string): string | null {
  const match = POSTCODE.exec(postcode.trim().toUpperCase());
  if (!match) return null;
  const letters = match[2] as string;
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]}${letters}`;
}
