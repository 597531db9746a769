// The API. Every procedure says who may call it (teacher, student, any
// member, or anyone for creating and joining) and validates its input with
// the shared schemas and their size limits. Commands take an optional
// `commandId`: a retried command with the same id is appended once.

import { commandIdSchema, idString, joinCodeSchema, jsonValue, MAX_QUIZ_SECONDS, MIN_QUIZ_SECONDS, nicknameSchema, questionSchema, resultsCsv, sourceSchema, titleSchema } from '@memviz/classroom';
import type { PublicEvent } from '@memviz/classroom';
import { tracked, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ExecuteResult, HubEntry } from './hub.js';
import { MAX_EVENTS_PAGE } from './replays.js';
import type { Member } from './service.js';
import { authInput, joinProcedure, memberProcedure, publicProcedure, replayProcedure, router, studentProcedure, teacherProcedure } from './trpc.js';

/** Keys a browser may send at once for the teacher's list of sessions. */
export const MAX_LISTED_SESSIONS = 100;
/** An import sent through tRPC fits in one message (1 MiB); larger files go to POST /replay/import. */
const MAX_IMPORT_CHARS = 900_000;

const withCommandId = { commandId: commandIdSchema.optional() };

export interface LiveEvent {
  readonly version: number;
  readonly event: PublicEvent;
}

const summary = (r: ExecuteResult) => ({ version: r.version, appended: r.appended, duplicate: r.duplicate });

/** What one member sees of a stored event. */
function entryFor(entry: HubEntry, member: Member): PublicEvent {
  if (member.audience.role === 'teacher' || entry.author === member.actor.memberId) return entry.full;
  return entry.others;
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
        while (!signal?.aborted) {
          const pending = hub.entriesAfter(cursor);
          if (pending.length === 0) {
            await hub.waitForChange(signal);
            continue;
          }
          for (const entry of pending) {
            cursor = entry.version;
            yield tracked(String(entry.version), { version: entry.version, event: entryFor(entry, ctx.member) } satisfies LiveEvent);
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
   * the same fold as live; `events` pages through long sessions.
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

    /** The session after `index` events, or as it stood at `time` (ms, the events' clock): views and editor text. */
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
