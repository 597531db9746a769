// The API. Every procedure says who may call it (teacher, student, any
// member, or anyone for creating and joining) and validates its input with
// the shared schemas and their size limits. Commands take an optional
// `commandId`: a retried command with the same id is appended once.

import { commandIdSchema, idString, joinCodeSchema, jsonValue, MAX_QUIZ_SECONDS, MIN_QUIZ_SECONDS, nicknameSchema, questionSchema, resultsCsv, sourceSchema, titleSchema } from '@memviz/classroom';
import { tracked, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ExecuteResult } from './hub.js';
import { takeStartedSubscription, type LiveEvent } from './live.js';
import { MAX_EVENTS_PAGE } from './replays.js';
import { authInput, joinProcedure, memberProcedure, publicProcedure, replayProcedure, router, studentProcedure, teacherProcedure } from './trpc.js';

/** Keys a browser may send at once for the teacher's list of sessions. */
export const MAX_LISTED_SESSIONS = 100;
/** An import sent through tRPC fits in one message (1 MiB); larger files go to POST /replay/import. */
const MAX_IMPORT_CHARS = 900_000;

const withCommandId = { commandId: commandIdSchema.optional() };

const summary = (r: ExecuteResult) => ({ version: r.version, appended: r.appended, duplicate: r.duplicate });

/** WebSocket's readyState when open. */
const OPEN = 1;

/** Resolves when the signal aborts (never without one). */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

export const appRouter = router({
  session: router({
    create: joinProcedure.input(z.object({ title: titleSchema.default('') })).mutation(({ ctx, input }) => ctx.classroom.createSession(input.title)),

    join: joinProcedure
      .input(z.object({ code: joinCodeSchema, nickname: nicknameSchema, ...withCommandId }))
      .mutation(({ ctx, input }) => ctx.classroom.join(input.code, input.nickname, input.commandId)),

    leave: studentProcedure.input(z.object(withCommandId)).mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'Leave' }, input.commandId))),

    follow: studentProcedure
      .input(z.object({ following: z.boolean(), ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'Follow', following: input.following }, input.commandId))),

    end: teacherProcedure.input(z.object(withCommandId)).mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'EndSession' }, input.commandId))),

    /** The read model for the caller's audience. */
    view: memberProcedure.query(({ ctx }) => ctx.classroom.view(ctx.member)),

    /**
     * The session's events as the caller may see them, from `lastEventId`
     * on: a reconnecting client gets everything it missed, then live events.
     * Students are not sent roster changes (see `liveEventFor`).
     */
    events: memberProcedure.input(z.object({ lastEventId: z.string().regex(/^\d{1,10}$/).nullish() })).subscription(async function* ({ ctx, input, signal }) {
      const { hub } = ctx.member;
      let cursor = input.lastEventId ? Number(input.lastEventId) : 0;
      const presenceKey = `${hub.sessionId}/${ctx.member.actor.memberId}`;
      // Presence: the first subscription of a member on this instance makes them online, the last one offline.
      const connections = ctx.presence;
      const opened = (connections.get(presenceKey) ?? 0) + 1;
      connections.set(presenceKey, opened);
      if (opened === 1 && ctx.member.actor.role === 'student') void ctx.classroom.command(ctx.member, { type: 'SetPresence', online: true }).catch(() => {});
      try {
        // On a WebSocket, the hub writes this subscription's events to it directly, each serialized once
        // for everyone (live.ts); the messages are those tRPC would send. Taken before any await.
        const prefix = takeStartedSubscription();
        const socket = ctx.socket;
        if (prefix !== null && socket) {
          const stop = hub.stream(ctx.member.audience, cursor, (frame) => {
            if (socket.readyState === OPEN) socket.send(prefix + frame.resultSuffix);
          });
          try {
            await aborted(signal);
          } finally {
            stop();
          }
          return;
        }
        while (!signal?.aborted) {
          const pending = hub.entriesAfter(cursor);
          if (pending.length === 0) {
            await hub.waitForChange(signal);
            continue;
          }
          for (const entry of pending) {
            cursor = entry.version;
            const frame = entry.frameFor(ctx.member.audience);
            // A frame is the LiveEvent serialized once for all its subscribers (live.ts): clients receive the LiveEvent.
            if (frame) yield tracked(frame.id, frame as unknown as LiveEvent);
          }
        }
      } finally {
        const left = (connections.get(presenceKey) ?? 1) - 1;
        if (left <= 0) {
          connections.delete(presenceKey);
          if (ctx.member.actor.role === 'student') void ctx.classroom.command(ctx.member, { type: 'SetPresence', online: false }).catch(() => {});
        } else connections.set(presenceKey, left);
      }
    }),
  }),

  program: router({
    set: teacherProcedure
      .input(z.object({ source: sourceSchema, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.setProgram(ctx.member, input.source, input.commandId))),

    run: teacherProcedure.input(z.object(withCommandId)).mutation(async ({ ctx, input }) => {
      const result = await ctx.classroom.runProgram(ctx.member, input.commandId);
      return { ...summary(result), run: ctx.member.hub.state.run };
    }),

    stepTo: teacherProcedure
      .input(z.object({ step: z.number().int().min(0).max(100_000_000), ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'StepTo', step: input.step }, input.commandId))),

    /** The stored run (diagnostics and memory events) of the current program, as JSON text. */
    trace: memberProcedure.query(({ ctx }) => ctx.classroom.trace(ctx.member)),
  }),

  quiz: router({
    /** `seconds`: an optional countdown, after which answers are refused. */
    open: teacherProcedure
      .input(z.object({ question: questionSchema, seconds: z.number().int().min(MIN_QUIZ_SECONDS).max(MAX_QUIZ_SECONDS).optional(), ...withCommandId }))
      .mutation(async ({ ctx, input }) =>
        summary(
          await ctx.classroom.command(ctx.member, { type: 'OpenQuiz', question: input.question, ...(input.seconds === undefined ? {} : { seconds: input.seconds }) }, input.commandId),
        ),
      ),

    answer: studentProcedure
      .input(z.object({ questionId: idString, answer: jsonValue, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.answer(ctx.member, input.questionId, input.answer, input.commandId))),

    close: teacherProcedure
      .input(z.object({ questionId: idString, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'CloseQuiz', questionId: input.questionId }, input.commandId))),

    reveal: teacherProcedure
      .input(z.object({ questionId: idString, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'RevealQuiz', questionId: input.questionId }, input.commandId))),

    /** Every answer of the session as CSV (one row per student and question): the teacher's, never a student's. */
    results: teacherProcedure.query(async ({ ctx }) => {
      await ctx.member.hub.catchUp();
      const state = ctx.member.hub.state;
      const stem = (state.title.trim() || 'session').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);
      return { fileName: `memviz-${stem}-results.csv`, csv: resultsCsv(state) };
    }),
  }),

  /**
   * Recordings: every session can be watched again like a video. `load`
   * gives a replay page everything at once (events, runs' traces, editor
   * updates, markers); `seek` gives the session at one point, computed with
   * the same fold and projection as live, trimmed to what a replay draws;
   * `events` pages through long sessions.
   */
  replay: router({
    /** The teacher's sessions, live and ended, from the keys the browser kept (teacher keys only; others come back as `refused`). */
    sessions: publicProcedure.input(z.object({ sessions: z.array(authInput).max(MAX_LISTED_SESSIONS) })).query(({ ctx, input }) => {
      if (!ctx.commandLimiter.take(`list:${ctx.clientIp}`)) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many requests: slow down' });
      return ctx.replays.list(input.sessions);
    }),

    load: replayProcedure
      .input(z.object({ limit: z.number().int().min(1).max(MAX_EVENTS_PAGE).optional() }))
      .query(({ ctx, input }) => ctx.replays.load(ctx.access, input.limit)),

    events: replayProcedure
      .input(z.object({ after: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_EVENTS_PAGE).optional() }))
      .query(({ ctx, input }) => ctx.replays.events(ctx.access, input.after, input.limit)),

    /** The session after `index` events, or as it stood at `time` (ms, the events' clock): what the viewer's screen drew then (the moment) and the editor text. */
    seek: replayProcedure
      .input(z.object({ index: z.number().int().min(0).optional(), time: z.number().finite().optional() }))
      .query(({ ctx, input }) => {
        if ((input.index === undefined) === (input.time === undefined)) throw new TRPCError({ code: 'BAD_REQUEST', message: 'give either an index or a time' });
        return ctx.replays.seek(ctx.access, input.index !== undefined ? { index: input.index } : { time: input.time! });
      }),

    /** Read-only sharing on (a new token, shown once, replacing any earlier one) or off. Works after the end. */
    share: teacherProcedure.input(z.object({ enabled: z.boolean() })).mutation(async ({ ctx, input }) => {
      const { result, token } = await ctx.classroom.share(ctx.member, input.enabled);
      return { ...summary(result), enabled: input.enabled, token };
    }),

    /** The session as one JSON-lines file with a SHA-256 chain (see archive.ts). */
    export: teacherProcedure.query(({ ctx }) => ctx.replays.export(ctx.member.hub.sessionId)),

    /** Imports an exported file as a new session; the caller becomes its teacher. Refused whole on any problem. */
    import: joinProcedure.input(z.object({ file: z.string().max(MAX_IMPORT_CHARS) })).mutation(({ ctx, input }) => ctx.replays.import(input.file)),
  }),

  pen: router({
    give: teacherProcedure
      .input(z.object({ memberId: z.string().uuid(), ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'GivePen', memberId: input.memberId }, input.commandId))),

    take: teacherProcedure.input(z.object(withCommandId)).mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'TakePen' }, input.commandId))),
  }),
});

export type AppRouter = typeof appRouter;
