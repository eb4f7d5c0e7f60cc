import { createHash, randomBytes } from 'node:crypto';

/** A one-time secret for a link or a refresh token: 256 random bits, URL-safe. */
export function generateSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret token: enough to look it up, useless to anyone who reads the row. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
