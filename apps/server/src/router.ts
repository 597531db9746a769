// The API. Every procedure says who may call it (teacher, student, any
// member, or anyone for creating and joining) and validates its input with
// the shared schemas and their size limits. Commands take an optional
// `commandId`: a retried command with the same id is appended once.

import { commandIdSchema, idString, joinCodeSchema, jsonValue, nicknameSchema, questionSchema, sourceSchema, titleSchema } from '@memviz/classroom';
import type { PublicEvent } from '@memviz/classroom';
import { tracked } from '@trpc/server';
import { z } from 'zod';
import type { ExecuteResult, HubEntry } from './hub.js';
import type { Member } from './service.js';
import { joinProcedure, memberProcedure, router, studentProcedure, teacherProcedure } from './trpc.js';

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
    open: teacherProcedure
      .input(z.object({ question: questionSchema, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'OpenQuiz', question: input.question }, input.commandId))),

    answer: studentProcedure
      .input(z.object({ questionId: idString, answer: jsonValue, ...withCommandId }))
      .mutation(async ({ ctx, input }) =>
        summary(await ctx.classroom.command(ctx.member, { type: 'Answer', questionId: input.questionId, answer: input.answer }, input.commandId)),
      ),

    close: teacherProcedure
      .input(z.object({ questionId: idString, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'CloseQuiz', questionId: input.questionId }, input.commandId))),

    reveal: teacherProcedure
      .input(z.object({ questionId: idString, ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'RevealQuiz', questionId: input.questionId }, input.commandId))),
  }),

  pen: router({
    give: teacherProcedure
      .input(z.object({ memberId: z.string().uuid(), ...withCommandId }))
      .mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'GivePen', memberId: input.memberId }, input.commandId))),

    take: teacherProcedure.input(z.object(withCommandId)).mutation(async ({ ctx, input }) => summary(await ctx.classroom.command(ctx.member, { type: 'TakePen' }, input.commandId))),
  }),
});

export type AppRouter = typeof appRouter;
