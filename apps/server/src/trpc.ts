// tRPC setup: context, typed errors, and the procedures that check who is
// calling. Every refusal reaches the client as a TRPCError whose `data`
// carries a stable `reason` next to tRPC's code and a readable message.

import { DomainError, type DomainErrorKind } from '@memviz/classroom';
import { WrongExpectedVersionError } from '@memviz/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { ArchiveError } from './archive.js';
import { hashKey } from './keys.js';
import type { RateLimiter } from './rate-limit.js';
import type { ReplayAccess, Replays } from './replays.js';
import { AccessDeniedError, type Classroom, type Member } from './service.js';

export interface Context {
  readonly classroom: Classroom;
  readonly replays: Replays;
  /** The client's address, for rate limits on joining. */
  readonly clientIp: string;
  readonly joinLimiter: RateLimiter;
  readonly commandLimiter: RateLimiter;
  /** Live subscriptions per session member on this instance (for presence). */
  readonly presence: Map<string, number>;
  /** The WebSocket the call came on, if it did: live events are written to it directly. */
  readonly socket?: LiveSocket;
}

/** What the live stream needs of a `ws` WebSocket. */
export interface LiveSocket {
  readonly readyState: number;
  send(data: string): void;
}

const KIND_TO_CODE: Record<DomainErrorKind, TRPCError['code']> = {
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  ended: 'PRECONDITION_FAILED',
};

/** Maps what the application throws to tRPC's codes; unknown errors stay internal (and are not leaked). */
export function toTRPCError(e: unknown): TRPCError {
  if (e instanceof TRPCError) return e;
  if (e instanceof DomainError) return new TRPCError({ code: KIND_TO_CODE[e.kind], message: e.message, cause: e });
  if (e instanceof AccessDeniedError) return new TRPCError({ code: 'UNAUTHORIZED', message: e.message, cause: e });
  if (e instanceof WrongExpectedVersionError) return new TRPCError({ code: 'CONFLICT', message: 'the session is busy: try again', cause: e });
  if (e instanceof ArchiveError) return new TRPCError({ code: 'BAD_REQUEST', message: `cannot import this file: ${e.message}`, cause: e });
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error', cause: e instanceof Error ? e : undefined });
}

function reasonOf(error: TRPCError): string {
  const cause = error.cause;
  if (cause instanceof DomainError) return cause.reason;
  if (cause instanceof AccessDeniedError) return 'ACCESS_DENIED';
  if (cause instanceof WrongExpectedVersionError) return 'BUSY';
  if (cause instanceof ArchiveError) return `IMPORT_${cause.problem}`;
  if (error.code === 'BAD_REQUEST' && cause instanceof z.ZodError) return 'INVALID_INPUT';
  if (error.code === 'TOO_MANY_REQUESTS') return 'RATE_LIMITED';
  return error.code;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const invalid = error.cause instanceof z.ZodError ? error.cause.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) : undefined;
    const message = invalid ? `invalid input: ${invalid.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ')}` : shape.message;
    // No stack traces for clients.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, reason: reasonOf(error), ...(invalid ? { invalid } : {}) } };
  },
});

export const router = t.router;

/** Turns any thrown application error into its typed tRPC error. */
const typedErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  // Errors that are already typed (input validation, our own TRPCErrors) pass as they are.
  if (result.error.code !== 'INTERNAL_SERVER_ERROR') throw result.error;
  throw toTRPCError(result.error.cause ?? result.error);
});

export const publicProcedure = t.procedure.use(typedErrors);

/** Session creation and joining: rate-limited per client address. */
export const joinProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.joinLimiter.take(ctx.clientIp)) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many join attempts from this address: wait a minute' });
  return next();
});

export const authInput = z.object({
  sessionId: z.string().uuid('not a session id'),
  key: z.string().min(16).max(128),
});

/** Any member of the session (teacher or student), identified by their key; commands are rate-limited per key. */
export const memberProcedure = publicProcedure.input(authInput).use(async ({ ctx, input, next }) => {
  const member: Member = await ctx.classroom.authenticate(input.sessionId, input.key);
  if (!ctx.commandLimiter.take(hashKey(input.key))) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many requests: slow down' });
  return next({ ctx: { member } });
});

/** The session's teacher only: students are refused before anything runs. */
export const teacherProcedure = memberProcedure.use(({ ctx, next }) => {
  if (ctx.member.actor.role !== 'teacher') throw new DomainError('forbidden', 'NOT_TEACHER', 'only the teacher can do this');
  return next();
});

export const studentProcedure = memberProcedure.use(({ ctx, next }) => {
  if (ctx.member.actor.role !== 'student') throw new DomainError('forbidden', 'NOT_STUDENT', 'only students can do this');
  return next();
});

/** A member's key or a share token: what opens a recording. */
export const replayAuthInput = z.object({
  sessionId: z.string().uuid('not a session id'),
  key: z.string().min(16).max(128).optional(),
  token: z.string().min(16).max(128).optional(),
});

/**
 * Watching a recording: its teacher, its students (each as they saw it), or
 * anyone holding its share token (as any student saw it). A share token opens
 * these procedures only; every other procedure takes member keys, which a
 * token is not.
 */
export const replayProcedure = publicProcedure.input(replayAuthInput).use(async ({ ctx, input, next }) => {
  if ((input.key === undefined) === (input.token === undefined)) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'give either a key or a share token' });
  }
  const credential = input.key !== undefined ? { key: input.key } : { token: input.token! };
  const access: ReplayAccess = await ctx.replays.access(input.sessionId, credential);
  if (!ctx.commandLimiter.take(hashKey(input.key ?? input.token!))) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many requests: slow down' });
  return next({ ctx: { access } });
});
