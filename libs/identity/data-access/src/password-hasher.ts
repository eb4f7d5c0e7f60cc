import { argon2id, hash, needsRehash, verify } from 'argon2';

/** OWASP Password Storage Cheat Sheet, argon2id minimum: 19 MiB memory, 2 iterations, 1 degree of parallelism. */
export const ARGON2_PARAMETERS = {
  type: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMETERS);
}

/** False (never a throw) for a wrong password or a malformed stored hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when a hash was made with other parameters than today's, so it is upgraded at the next login. */
export function hashNeedsUpgrade(storedHash: string): boolean {
  try {
    return needsRehash(storedHash, ARGON2_PARAMETERS);
  } catch {
    return true;
  }
}
