import { decide, DomainError, evolve, fold, initialState, TEACHER_ID } from '../src/index.js';
import type { Actor, CommandBody, SessionEvent, SessionState } from '../src/index.js';

export const teacher: Actor = { role: 'teacher', memberId: TEACHER_ID };
export const student = (memberId: string): Actor => ({ role: 'student', memberId });

/** A tiny in-memory session: decide + evolve, as the server does, with a fake clock. */
export class Harness {
  events: SessionEvent[] = [];
  state: SessionState = initialState();
  clock = 1_000;

  run(by: Actor, body: CommandBody): SessionEvent[] {
    const events = decide({ ...body, by, at: this.clock++ } as never, this.state);
    for (const e of events) this.state = evolve(this.state, e);
    this.events.push(...events);
    return events;
  }

  static live(students: string[] = ['ann', 'bob']): Harness {
    const h = new Harness();
    h.run(teacher, { type: 'CreateSession', sessionId: 's1', joinCode: 'ABC123', title: 'Ownership', teacherKeyHash: 'th' });
    for (const id of students) h.run(student(id), { type: 'Join', memberId: id, nickname: id.toUpperCase(), keyHash: `h-${id}` });
    return h;
  }

  /** A session with a program that ran and has 10 steps. */
  static stepping(students: string[] = ['ann', 'bob']): Harness {
    const h = Harness.live(students);
    h.run(teacher, { type: 'SetProgram', source: 'fn main() {}', sourceHash: 'src1' });
    h.run(teacher, { type: 'RecordRun', sourceHash: 'src1', engineVersion: '0.1.0', ok: true, steps: 10, diagnostics: [] });
    return h;
  }

  refold(): SessionState {
    return fold(this.events);
  }
}

/** The DomainError `f` throws (anything else is rethrown; no throw fails the test). */
export function refusal(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
