// Validation of what clients send, with the size limits. Shared so the web
// app can check a form with the same rules the server enforces.

import { z } from 'zod';
import { MAX_ID_CHARS, MAX_JSON_BYTES, MAX_NICKNAME_CHARS, MAX_OPTION_CHARS, MAX_OPTIONS, MAX_SOURCE_BYTES, MAX_TITLE_CHARS } from './limits.js';
import type { Json } from './types.js';

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

/** Any JSON value whose serialization stays under MAX_JSON_BYTES. */
export const jsonValue = z
  .json()
  .refine((v) => utf8Bytes(JSON.stringify(v)) <= MAX_JSON_BYTES, { message: `at most ${MAX_JSON_BYTES / 1024} KiB of JSON` }) as unknown as z.ZodType<Json>;

export const idString = z
  .string()
  .min(1)
  .max(MAX_ID_CHARS)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-" only');

/** A client-chosen key that makes a command safe to retry: the same key never appends twice. */
export const commandIdSchema = z
  .string()
  .min(8)
  .max(MAX_ID_CHARS)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-" only');

export const nicknameSchema = z
  .string()
  .trim()
  .min(1, 'a nickname cannot be empty')
  .max(MAX_NICKNAME_CHARS, `a nickname has at most ${MAX_NICKNAME_CHARS} characters`)
  // Control characters would break rosters and logs.
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'a nickname cannot contain control characters');

export const titleSchema = z.string().trim().max(MAX_TITLE_CHARS);

export const sourceSchema = z.string().refine((s) => utf8Bytes(s) <= MAX_SOURCE_BYTES, `a program has at most ${MAX_SOURCE_BYTES / 1024} KiB`);

export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/, 'a join code is 4 to 12 letters and digits');

export const questionSchema = z.object({
  id: idString,
  kind: idString,
  prompt: jsonValue,
  options: z.array(z.string().max(MAX_OPTION_CHARS)).min(2).max(MAX_OPTIONS).optional(),
  answerKey: jsonValue.optional(),
});
