// Secrets and identifiers. Keys are 256 random bits; only their SHA-256 is
// stored (a fast hash is enough for random keys: there is nothing to guess).

import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

export const newKey = (): string => randomBytes(32).toString('base64url');

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export const newId = (): string => randomUUID();

/** No 0/O, 1/I/L: join codes are read aloud and typed on phones. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A share token's stored hash. The session id is part of it, so a token only
 * ever opens the recording it was made for (an imported copy gets a new id).
 */
export const hashShareToken = (sessionId: string, token: string): string => hashKey(`share:${sessionId}:${token}`);
