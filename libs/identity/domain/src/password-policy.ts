import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the cap only keeps hashing cost bounded. */
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: Set<string> | undefined;

// Loaded on first use: the list is ~50 000 entries and only registration and password changes need it.
function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(candidate);
}

/**
 * The rule a password breaks, or null when it is acceptable (NIST SP 800-63B: length and a blocklist,
 * no composition rules). A common word with digits or symbols tacked on ("wachtwoord2024!") counts as common.
 */
export function passwordViolation(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, '');
  if (isCommon(lower) || (stem.length >= 6 && isCommon(stem)) || /^(.)\1+$/.test(lower)) {
    return 'is too common; choose a longer, less predictable password';
  }
  return null;
}
