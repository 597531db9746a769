import { describe, expect, it } from 'vitest';
import { editMarkers, eventFor, fold, initialState, momentFor, momentOf, MOMENT_QUIZZES, OBSERVER, sessionEventSchema, summarize, Timeline, viewFor } from '../src/index.js';
import type { Audience, SessionEvent } from '../src/index.js';
import { Harness, student, teacher } from './helpers.js';

/** A session touching every event type, sharing included, with a clock that sometimes runs backwards a little. */
function recorded(): Harness {
  const h = Harness.stepping(['ann', 'bob', 'cy']);
  h.run(student('ann'), { type: 'SetPresence', online: true });
  h.run(teacher, { type: 'StepTo', step: 3 });
  h.run(teacher, { type: 'OpenQuiz', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'], answerKey: 0 } });
  h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 0 });
  h.clock -= 5; // commands decided in one batch may carry clocks slightly out of order
  h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 1 });
  h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 0 });
  h.run(teacher, { type: 'CloseQuiz', questionId: 'q1' });
  h.run(teacher, { type: 'RevealQuiz', questionId: 'q1' });
  h.run(teacher, { type: 'EnableShare', tokenHash: 'token-1' });
  h.run(teacher, { type: 'GivePen', memberId: 'cy' });
  h.run(student('cy'), { type: 'Leave' });
  h.run(teacher, { type: 'SetProgram', source: 'fn main() { let v = vec![1]; }', sourceHash: 'src2' });
  h.run(teacher, { type: 'RecordRun', sourceHash: 'src2', engineVersion: '0.1.0', ok: true, steps: 8, diagnostics: [] });
  h.run(teacher, { type: 'OpenQuiz', question: { id: 'q2', kind: 'free', prompt: 'why?' } });
  h.run(student('ann'), { type: 'Answer', questionId: 'q2', answer: 'moved' });
  h.run(teacher, { type: 'StepTo', step: 7 });
  h.run(teacher, { type: 'EndSession' });
  h.run(teacher, { type: 'DisableShare' });
  return h;
}

const audiences: Audience[] = [{ role: 'teacher' }, { role: 'student', memberId: 'ann' }, { role: 'student', memberId: 'bob' }, OBSERVER];

describe('the timeline of a recording', () => {
  it('gives at every index the state and views of folding that prefix, whatever the checkpoint interval', () => {
    const h = recorded();
    for (const every of [1, 2, 3, 7, 1000]) {
      const timeline = new Timeline(h.events, every);
      expect(timeline.length).toBe(h.events.length);
      for (let n = 0; n <= h.events.length; n++) {
        const expected = fold(h.events.slice(0, n));
        expect(timeline.stateAt(n)).toEqual(expected);
        for (const audience of audiences) expect(timeline.viewAt(n, audience)).toEqual(viewFor(expected, audience));
      }
    }
  });

  it('gives at every index, in one fold, the state, the moment each audience saw (its live view, trimmed) and the event that led there', () => {
    const h = recorded();
    for (const every of [1, 2, 3, 7, 1000]) {
      const timeline = new Timeline(h.events, every);
      for (let n = 0; n <= h.events.length; n++) {
        const expected = fold(h.events.slice(0, n));
        for (const audience of audiences) {
          const { state, moment, event } = timeline.momentAt(n, audience);
          expect(state).toEqual(expected);
          expect(moment).toEqual(momentOf(viewFor(expected, audience)));
          expect(moment).toEqual(momentFor(expected, audience));
          expect(event).toEqual(n === 0 ? null : timeline.eventsFor(audience, n - 1, n)[0]);
        }
      }
      expect(timeline.momentAt(-1, { role: 'teacher' }).event).toBeNull();
      expect(timeline.momentAt(10_000, { role: 'teacher' }).state).toEqual(h.state);
    }
  });

  it('keeps in a moment the histograms and your own answer, never every student\'s answer', () => {
    const h = recorded();
    const timeline = new Timeline(h.events);
    const index = (type: SessionEvent['type']) => h.events.findIndex((e) => e.type === type) + 1;
    const closed = index('QuizClosed');
    const revealed = index('QuizRevealed');
    const teacherAt = (n: number) => timeline.momentAt(n, { role: 'teacher' }).moment;
    const annAt = (n: number) => timeline.momentAt(n, { role: 'student', memberId: 'ann' }).moment;
    expect(teacherAt(closed).quizzes[0]).toEqual({
      question: expect.objectContaining({ id: 'q1', answerKey: 0 }),
      status: 'closed',
      answerCount: 2,
      tallies: [{ answer: '0', count: 2 }],
      myAnswer: null,
      // Opened without a countdown.
      closesAt: null,
    });
    expect(teacherAt(revealed).quizzes[0].status).toBe('revealed');
    // Ann: her own answer all along; the key and the histogram from the reveal on.
    expect(annAt(closed).quizzes[0]).toMatchObject({ status: 'closed', tallies: null, myAnswer: 0 });
    expect(annAt(closed).quizzes[0].question).not.toHaveProperty('answerKey');
    expect(annAt(revealed).quizzes[0]).toMatchObject({ status: 'revealed', tallies: [{ answer: '0', count: 2 }], myAnswer: 0, question: { answerKey: 0 } });
    expect(timeline.momentAt(revealed, OBSERVER).moment.quizzes[0]).toMatchObject({ tallies: [{ answer: '0', count: 2 }], myAnswer: null });
    for (const n of [closed, revealed, h.events.length]) {
      for (const audience of audiences) {
        const json = JSON.stringify(timeline.momentAt(n, audience).moment);
        expect(json).not.toContain('"answers"');
        expect(json).not.toContain('h-ann');
        expect(json).not.toContain('token-1');
      }
    }
    expect(annAt(h.events.length)).toMatchObject({ students: 2, online: 1, quizzesAsked: 2, you: { role: 'student', memberId: 'ann' } });
  });

  it('keeps the latest questions in a moment, however many were asked', () => {
    const h = Harness.live(['ann']);
    for (let i = 0; i < MOMENT_QUIZZES + 5; i++) {
      h.run(teacher, { type: 'OpenQuiz', question: { id: `q${i}`, kind: 'choice', prompt: 'p', options: ['a', 'b'] } });
      h.run(student('ann'), { type: 'Answer', questionId: `q${i}`, answer: i % 2 });
      h.run(teacher, { type: 'RevealQuiz', questionId: `q${i}` });
    }
    const moment = new Timeline(h.events).momentAt(h.events.length, { role: 'teacher' }).moment;
    expect(moment.quizzesAsked).toBe(MOMENT_QUIZZES + 5);
    expect(moment.quizzes.map((q) => q.question.id)).toEqual(Array.from({ length: MOMENT_QUIZZES }, (_, i) => `q${i + 5}`));
  });

  it('seeks in any order without changing its checkpoints', () => {
    const h = recorded();
    const timeline = new Timeline(h.events, 4);
    const order = Array.from({ length: h.events.length + 1 }, (_, i) => (i * 7) % (h.events.length + 1));
    const first = order.map((n) => structuredClone(timeline.stateAt(n)));
    const again = order.map((n) => timeline.stateAt(n));
    expect(again).toEqual(first);
    expect(timeline.stateAt(-3)).toEqual(initialState());
    expect(timeline.stateAt(10_000)).toEqual(h.state);
  });

  it('grows with a live session as if built at once', () => {
    const h = recorded();
    const growing = new Timeline([], 3);
    for (let i = 0; i < h.events.length; i += 5) growing.append(h.events.slice(i, i + 5));
    const whole = new Timeline(h.events, 3);
    for (let n = 0; n <= h.events.length; n++) expect(growing.stateAt(n)).toEqual(whole.stateAt(n));
  });

  it('shows each event as each audience received it live', () => {
    const h = recorded();
    const timeline = new Timeline(h.events, 4);
    for (const audience of audiences) {
      const live = h.events.map((e, i) => ({ version: i + 1, event: eventFor(e, fold(h.events.slice(0, i + 1)), audience) }));
      expect(timeline.eventsFor(audience)).toEqual(live);
      expect(timeline.eventsFor(audience, 5, 9)).toEqual(live.slice(5, 9));
    }
    const observed = JSON.stringify(timeline.eventsFor(OBSERVER));
    expect(observed).not.toContain('token-1');
    expect(observed).not.toContain('h-ann');
  });

  it('seeks by time with a clock that never runs backwards', () => {
    const h = recorded();
    const timeline = new Timeline(h.events, 4);
    expect(timeline.timeOf(0)).toBeNull();
    expect(timeline.indexAt(h.events[0].at - 1)).toBe(0);
    for (let n = 1; n <= h.events.length; n++) {
      const t = timeline.timeOf(n)!;
      expect(t).toBe(Math.max(...h.events.slice(0, n).map((e) => e.at)));
      // At the time of event n, every event up to n (and any at the same instant) had happened.
      expect(timeline.indexAt(t)).toBeGreaterThanOrEqual(n);
      expect(timeline.indexAt(t - 0.5)).toBeLessThan(n);
    }
  });

  it('summarizes the session for the teacher\'s list', () => {
    const h = recorded();
    const summary = new Timeline(h.events).summary();
    const ended = h.events.find((e) => e.type === 'SessionEnded')!.at;
    expect(summary).toEqual({
      sessionId: 's1',
      title: 'Ownership',
      status: 'ended',
      startedAt: h.events[0].at,
      endedAt: ended,
      lastEventAt: h.events.at(-1)!.at,
      durationMs: ended - h.events[0].at,
      events: h.events.length,
      students: 3,
      programsRun: 2,
      questionsAsked: 2,
      sharing: false,
    });
    expect(summarize(h.events)).toEqual(summary);
    expect(summarize(h.events.slice(0, 15))).toMatchObject({ status: 'live', endedAt: null, sharing: true, durationMs: h.events[14].at - h.events[0].at });
  });

  it('marks each run and each question, with where the question closed and was revealed', () => {
    const h = recorded();
    const index = (type: SessionEvent['type'], nth = 0) => h.events.map((e, i) => [e.type, i + 1] as const).filter(([t]) => t === type)[nth][1];
    const markers = new Timeline(h.events).markers();
    expect(markers.map((m) => [m.kind, m.index])).toEqual([
      ['run', index('ProgramRan', 0)],
      ['question', index('QuizOpened', 0)],
      ['run', index('ProgramRan', 1)],
      ['question', index('QuizOpened', 1)],
    ]);
    const timeline = new Timeline(h.events);
    expect(markers[1]).toMatchObject({
      questionId: 'q1',
      closedIndex: index('QuizClosed'),
      closedAt: timeline.timeOf(index('QuizClosed')),
      revealedIndex: index('QuizRevealed'),
      revealedAt: timeline.timeOf(index('QuizRevealed')),
    });
    // Seeking to the time of the reveal shows it.
    expect(timeline.indexAt((markers[1] as { revealedAt: number }).revealedAt)).toBeGreaterThanOrEqual(index('QuizRevealed'));
    // q2 was still open at the end: the end closed it.
    expect(markers[3]).toMatchObject({ questionId: 'q2', closedIndex: index('SessionEnded'), closedAt: timeline.timeOf(index('SessionEnded')), revealedIndex: null, revealedAt: null });
  });

  it('groups edits into stretches separated by pauses', () => {
    const edits = [
      { at: 1_000, index: 3 },
      { at: 2_000, index: 3 },
      { at: 20_000, index: 4 },
      { at: 100_000, index: 9 },
      { at: 101_000, index: 10 },
    ];
    expect(editMarkers(edits)).toEqual([
      { kind: 'edit', index: 3, at: 1_000, endIndex: 4, endAt: 20_000, updates: 3 },
      { kind: 'edit', index: 9, at: 100_000, endIndex: 10, endAt: 101_000, updates: 2 },
    ]);
    expect(editMarkers([])).toEqual([]);
  });
});

describe('sharing a recording', () => {
  it('is the teacher\'s, works after the end, and a new token replaces the old', () => {
    const h = Harness.live(['ann']);
    expect(() => h.run(student('ann'), { type: 'EnableShare', tokenHash: 'x' })).toThrow(/only the teacher/);
    h.run(teacher, { type: 'EndSession' });
    h.run(teacher, { type: 'EnableShare', tokenHash: 't1' });
    expect(h.state.shareTokenHash).toBe('t1');
    h.run(teacher, { type: 'EnableShare', tokenHash: 't2' });
    expect(h.state.shareTokenHash).toBe('t2');
    expect(h.run(teacher, { type: 'DisableShare' })).toHaveLength(1);
    expect(h.run(teacher, { type: 'DisableShare' })).toHaveLength(0); // already off
    expect(h.state.shareTokenHash).toBeNull();
    // Everything else stays refused after the end.
    expect(() => h.run(teacher, { type: 'StepTo', step: 1 })).toThrow(/ended/);
  });
});

describe('stored event schema', () => {
  it('accepts every event the domain decides and refuses altered ones', () => {
    const h = recorded();
    for (const e of h.events) expect(sessionEventSchema.parse(structuredClone(e))).toEqual(e);
    expect(sessionEventSchema.safeParse({ type: 'StepChanged', at: 1, step: 2, extra: true }).success).toBe(false);
    expect(sessionEventSchema.safeParse({ type: 'StepChanged', at: 1, step: -1 }).success).toBe(false);
    expect(sessionEventSchema.safeParse({ type: 'Teleported', at: 1 }).success).toBe(false);
  });
});

describe('cached quiz read models', () => {
  it('match a fresh computation at every point, also seen from inside a fold and after later changes', () => {
    const h = recorded();
    const timeline = new Timeline(h.events, 2);
    // Views of settled states, visited out of order so caches are filled before later changes are seen.
    for (const n of [h.events.length, 9, 3, 12, 20, 14]) {
      for (const audience of audiences) expect(timeline.viewAt(n, audience)).toEqual(viewFor(structuredClone(fold(h.events.slice(0, n))), audience));
    }
    // Views of a state still being folded (the quiz changes in place after each visit).
    fold(h.events, initialState(), (_event, after) => {
      const fresh = structuredClone(after);
      for (const audience of audiences) expect(viewFor(after, audience)).toEqual(viewFor(fresh, audience));
    });
    // What a view hands out cannot be changed by its reader.
    const view = timeline.viewAt(h.events.length, { role: 'teacher' });
    expect(Object.isFrozen(view.quizzes[0].tallies)).toBe(true);
    expect(Object.isFrozen(view.quizzes[0].answers)).toBe(true);
  });
});
