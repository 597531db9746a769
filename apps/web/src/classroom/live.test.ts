import { decide, fold, initialState, liveEventFor, viewFor, type Audience, type Command, type CommandBody, type SessionState, type SessionView } from '@memviz/classroom';
import { describe, expect, it } from 'vitest';
import { applyLive, type LiveEvent } from './live';

const teacher = { role: 'teacher', memberId: 'teacher' } as const;
const ann = { role: 'student', memberId: 'ann' } as const;
const bob = { role: 'student', memberId: 'bob' } as const;

/**
 * Runs commands through the real decider: the final state, the live events
 * as `audience` receives them, and the server's view for it after each one.
 */
function session(audience: Audience, commands: [CommandBody, Command['by']][]): { state: SessionState; live: LiveEvent[]; views: SessionView[] } {
  let state = initialState();
  const live: LiveEvent[] = [];
  const views: SessionView[] = [];
  let at = 1000;
  let previous = 0;
  for (const [body, by] of commands) {
    const events = decide({ ...body, by, at: at++ } as Command, state);
    state = fold(events, state, (event, after) => {
      // As the server sends them: some events are not sent to students; `previous` links the ones that are.
      const sent = liveEventFor(event, after, audience);
      if (sent === null) return;
      live.push({ version: after.version, previous, event: sent });
      previous = after.version;
      views.push(viewFor(after, audience));
    });
  }
  return { state, live, views };
}

const whole: [CommandBody, Command['by']][] = [
  [{ type: 'CreateSession', sessionId: 's1', joinCode: 'ABC234', title: 'Ownership', teacherKeyHash: 'h' }, teacher],
  [{ type: 'Join', memberId: 'ann', nickname: 'Ann', keyHash: 'ka' }, ann],
  [{ type: 'Join', memberId: 'bob', nickname: 'Bob', keyHash: 'kb' }, bob],
  [{ type: 'SetPresence', online: true }, ann],
  [{ type: 'SetProgram', source: 'fn main() {}', sourceHash: 'p1' }, teacher],
  [{ type: 'RecordRun', sourceHash: 'p1', engineVersion: 'e1', ok: true, steps: 5, diagnostics: [] }, teacher],
  [{ type: 'StepTo', step: 3 }, teacher],
  [{ type: 'Follow', following: false }, bob],
  [{ type: 'GivePen', memberId: 'bob' }, teacher],
  [{ type: 'OpenQuiz', question: { id: 'q1', kind: 'choice', prompt: 'who owns s?', options: ['a', 'b'] } }, teacher],
  [{ type: 'Answer', questionId: 'q1', answer: 1 }, bob],
  [{ type: 'Answer', questionId: 'q1', answer: 0 }, ann],
  [{ type: 'Answer', questionId: 'q1', answer: 1 }, ann],
  [{ type: 'CloseQuiz', questionId: 'q1' }, teacher],
  [{ type: 'RevealQuiz', questionId: 'q1' }, teacher],
  [{ type: 'OpenQuiz', question: { id: 'q2', kind: 'choice', prompt: { title: 't' }, options: ['a', 'b', 'c'], answerKey: { correct: 2 } } }, teacher],
  [{ type: 'Answer', questionId: 'q2', answer: 2 }, ann],
  [{ type: 'Leave' }, bob],
  [{ type: 'StepTo', step: 4 }, teacher],
  [{ type: 'GivePen', memberId: 'ann' }, teacher],
  [{ type: 'TakePen' }, teacher],
  [{ type: 'SetProgram', source: 'fn main() { let x = 1; }', sourceHash: 'p2' }, teacher],
  [{ type: 'EndSession' }, teacher],
];

/** What the live fold keeps up to date: all of the view, quizzes included; a student's roster is the one it loaded. */
const shown = (v: SessionView) => (v.you.role === 'student' ? { ...v, roster: [] } : v);

describe('the live view', () => {
  for (const audience of [{ role: 'teacher' }, { role: 'student', memberId: 'ann' }] as Audience[]) {
    it(`agrees with the server's view after every event (${audience.role})`, () => {
      const { live, views } = session(audience, whole);
      // Start from the view after the first event, as a page does after its first query.
      let view = views[0];
      for (const [i, event] of live.entries()) {
        if (i === 0) continue;
        const next = applyLive(view, event);
        expect(next).not.toBeNull();
        view = next!;
        expect(shown(view)).toEqual(shown(views[i]));
      }
      expect(view.status).toBe('ended');
      if (audience.role === 'teacher') expect(view.roster.map((m) => m.nickname)).toEqual(['Ann']);
      expect(view.pen).toBeNull();
      expect(view.quizzes.map((q) => q.status)).toEqual(['revealed', 'closed']);
    });
  }

  it('ignores events it already has and reports gaps', () => {
    const { live, state } = session({ role: 'teacher' }, whole.slice(0, 4));
    const view = viewFor(state, { role: 'teacher' });
    expect(applyLive(view, live[2])).toBe(view);
    expect(applyLive(view, { version: view.version + 2, previous: view.version + 1, event: { type: 'StepChanged', step: 1, at: 0 } })).toBeNull();
  });

  it('follows a student\'s events across the ones students are not sent', () => {
    const { live, views } = session({ role: 'student', memberId: 'ann' }, whole);
    const gaps = live.filter((e) => e.version !== e.previous + 1);
    expect(gaps.length).toBeGreaterThan(0);
    // A view loaded in the middle of events a student is not sent (the arrivals) takes the next one sent.
    expect(live[1]).toMatchObject({ previous: 1, event: { type: 'ProgramSet' } });
    expect(live[1].version).toBeGreaterThan(3);
    expect(applyLive({ ...views[0], version: 3 }, live[1])).toMatchObject({ version: live[1].version, program: { sourceHash: 'p1' } });
    // A missing event that was sent is still a gap.
    expect(applyLive(views[0], live[2])).toBeNull();
  });
});
