import { describe, expect, it } from 'vitest';
import { evolve, fold, initialState, stateAt, viewFor } from '../src/index.js';
import type { SessionEvent, SessionState } from '../src/index.js';
import { Harness, student, teacher } from './helpers.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A realistic session touching every event type. */
function busySession(): Harness {
  const h = Harness.stepping(['ann', 'bob', 'cy']);
  h.run(student('ann'), { type: 'SetPresence', online: true });
  h.run(teacher, { type: 'StepTo', step: 3 });
  h.run(student('bob'), { type: 'Follow', following: false });
  h.run(teacher, { type: 'OpenQuiz', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'], answerKey: 0 } });
  h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 0 });
  h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 1 });
  h.run(teacher, { type: 'RevealQuiz', questionId: 'q1' });
  h.run(teacher, { type: 'GivePen', memberId: 'cy' });
  h.run(student('cy'), { type: 'Leave' });
  h.run(teacher, { type: 'StepTo', step: 7 });
  h.run(teacher, { type: 'EndSession' });
  return h;
}

describe('evolve and fold', () => {
  it('fold gives the same state as evolving one event at a time', () => {
    const h = busySession();
    const stepwise = h.events.reduce<SessionState>(evolve, initialState());
    expect(fold(h.events)).toEqual(stepwise);
    expect(fold(h.events)).toEqual(h.state);
    expect(h.state.version).toBe(h.events.length);
  });

  it('folding in two parts equals folding at once', () => {
    const h = busySession();
    for (let cut = 0; cut <= h.events.length; cut++) {
      expect(fold(h.events.slice(cut), fold(h.events.slice(0, cut)))).toEqual(h.state);
    }
  });

  it('never mutates its input state or the events', () => {
    const h = busySession();
    const events = deepFreeze(h.events.map((e) => structuredClone(e)) as SessionEvent[]);
    let state = initialState();
    for (const e of events) {
      const before = structuredClone(state);
      const next = evolve(state, e);
      expect(state).toEqual(before);
      state = next;
    }
    expect(state).toEqual(h.state);
  });

  it('stateAt(N) is the state after the first N events', () => {
    const h = busySession();
    const stepChanged = h.events.findIndex((e) => e.type === 'StepChanged');
    expect(stateAt(h.events, stepChanged).step).toBe(0);
    expect(stateAt(h.events, stepChanged + 1).step).toBe(3);
    expect(stateAt(h.events, 0)).toEqual(initialState());
    expect(stateAt(h.events, 10_000)).toEqual(h.state);
  });

  it('the end closes the open quiz and takes the pen back', () => {
    const h = Harness.live(['ann']);
    h.run(teacher, { type: 'OpenQuiz', question: { id: 'q', kind: 'free', prompt: 'why?' } });
    h.run(teacher, { type: 'GivePen', memberId: 'ann' });
    h.run(teacher, { type: 'EndSession' });
    expect(h.state.quizzes.get('q')!.status).toBe('closed');
    expect([h.state.pen, h.state.openQuizId, h.state.status]).toEqual([null, null, 'ended']);
  });

  it('the rebuilt view equals the live view', () => {
    const h = busySession();
    expect(viewFor(fold(h.events), { role: 'teacher' })).toEqual(viewFor(h.state, { role: 'teacher' }));
  });
});

describe('fold with a visitor', () => {
  it('shows each event with the state right after it', () => {
    const h = busySession();
    const seen: [string, number, number][] = [];
    fold(h.events, initialState(), (event, after) => seen.push([event.type, after.version, after.step]));
    expect(seen).toEqual(h.events.map((e, i) => [e.type, i + 1, stateAt(h.events, i + 1).step]));
  });
});
