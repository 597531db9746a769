// Validation of what clients send, with the size limits. Shared so the web
// app can check a form with the same rules the server enforces.

import { z } from 'zod';
import { MAX_DIAGNOSTICS, MAX_ID_CHARS, MAX_JSON_BYTES, MAX_NICKNAME_CHARS, MAX_OPTION_CHARS, MAX_OPTIONS, MAX_SOURCE_BYTES, MAX_TITLE_CHARS } from './limits.js';
import type { Json, SessionEvent } from './types.js';

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

// ---- Stored events --------------------------------------------------------
// What an event may look like when it comes from outside the domain (an
// imported recording): the shape of each type, with the same limits as the
// commands that decide them. Unknown fields are refused rather than dropped,
// so an event is stored exactly as it was read.

const at = z.number().finite().nonnegative();
const hashString = z.string().min(1).max(128);
const memberId = idString;

export const runDiagnosticSchema = z.strictObject({
  code: z.string().max(64),
  message: z.string().max(64 * 1024),
  line: z.number().int(),
  col: z.number().int(),
});

const eventUnion = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('SessionCreated'), at, sessionId: idString, joinCode: z.string().max(12), title: z.string().max(MAX_TITLE_CHARS), teacherKeyHash: hashString }),
  z.strictObject({ type: z.literal('StudentJoined'), at, memberId, nickname: z.string().min(1).max(MAX_NICKNAME_CHARS), keyHash: hashString }),
  z.strictObject({ type: z.literal('StudentLeft'), at, memberId }),
  z.strictObject({ type: z.literal('PresenceChanged'), at, memberId, online: z.boolean() }),
  z.strictObject({ type: z.literal('FollowChanged'), at, memberId, following: z.boolean() }),
  z.strictObject({ type: z.literal('ProgramSet'), at, source: sourceSchema, sourceHash: hashString }),
  z.strictObject({
    type: z.literal('ProgramRan'),
    at,
    sourceHash: hashString,
    engineVersion: z.string().min(1).max(MAX_ID_CHARS),
    ok: z.boolean(),
    steps: z.number().int().nonnegative(),
    diagnostics: z.array(runDiagnosticSchema).max(MAX_DIAGNOSTICS),
  }),
  z.strictObject({ type: z.literal('StepChanged'), at, step: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('QuizOpened'), at, question: questionSchema.strict(), closesAt: at.optional() }),
  z.strictObject({ type: z.literal('AnswerGiven'), at, questionId: idString, memberId, answer: jsonValue }),
  z.strictObject({ type: z.literal('QuizClosed'), at, questionId: idString }),
  z.strictObject({ type: z.literal('QuizRevealed'), at, questionId: idString }),
  z.strictObject({ type: z.literal('PenGiven'), at, memberId }),
  z.strictObject({ type: z.literal('PenTaken'), at, memberId }),
  z.strictObject({ type: z.literal('SessionEnded'), at }),
  z.strictObject({ type: z.literal('ShareEnabled'), at, tokenHash: hashString }),
  z.strictObject({ type: z.literal('ShareDisabled'), at }),
]);

/** Parses one stored event (typed as the domain's event; jsonValue's type is wider than Json). */
export const sessionEventSchema = eventUnion as unknown as z.ZodType<SessionEvent>;

// Every event type has a schema above and no other: adding one to types.ts without it fails here.
type SchemaTypes = z.infer<typeof eventUnion>['type'];
const _everyType: [SchemaTypes] extends [SessionEvent['type']] ? ([SessionEvent['type']] extends [SchemaTypes] ? true : never) : never = true;
void _everyType;
