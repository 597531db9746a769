// A hub taking the events another instance announced: at once when they
// follow its version, from the store otherwise; and the frames it sends.
import { decide, fold, initialState, type Actor, type Command, type CommandBody, type SessionEvent } from '@memviz/classroom';
import type { EventStore } from '@memviz/db';
import { describe, expect, it } from 'vitest';
import { SessionHub } from '../src/hub.js';
import type { LiveFrame } from '../src/live.js';

const teacher = { role: 'teacher', memberId: 'teacher' } as const;

/** A stored session: created, Ann joined and online, a program run, then steps 1..n. */
function stream(steps: number): SessionEvent[] {
  let state = initialState();
  const events: SessionEvent[] = [];
  let at = 1;
  const run = (body: CommandBody, by: Actor = teacher) => {
    const out = decide({ ...body, by, at: at++ } as Command, state);
    state = fold(out, state);
    events.push(...out);
  };
  const ann = { role: 'student', memberId: 'ann' } as const;
  run({ type: 'CreateSession', sessionId: 's1', joinCode: 'ABC234', title: 't', teacherKeyHash: 'th' });
  run({ type: 'Join', memberId: 'ann', nickname: 'Ann', keyHash: 'ka' }, ann);
  run({ type: 'SetPresence', online: true }, ann);
  run({ type: 'SetProgram', source: 'fn main() {}', sourceHash: 'p' });
  run({ type: 'RecordRun', sourceHash: 'p', engineVersion: 'e', ok: true, steps: 20, diagnostics: [] });
  for (let step = 1; step <= steps; step++) run({ type: 'StepTo', step });
  return events;
}

/** A store holding the first `available` of `events`, counting the reads. */
function fakeStore(events: SessionEvent[], available: number) {
  const store = {
    available,
    reads: 0,
    readStream: async (_id: string, after = 0) => {
      store.reads++;
      return events.slice(after, store.available).map((event, i) => ({ event, version: after + i + 1 }));
    },
  };
  return store;
}

describe('a session hub', () => {
  it('takes announced events that follow its version without reading the store, and reads on a gap', async () => {
    const all = stream(4);
    const store = fakeStore(all, 5);
    const hub = new SessionHub('s1', store as unknown as EventStore, () => {});
    await hub.catchUp();
    expect([hub.version, store.reads]).toEqual([5, 1]);

    store.available = 7;
    await hub.receive(7, all.slice(5, 7));
    expect([hub.version, store.reads, hub.state.step]).toEqual([7, 1, 2]);
    // Already had: nothing happens.
    await hub.receive(6, all.slice(5, 6));
    expect([hub.version, store.reads]).toEqual([7, 1]);
    // Version 8 was missed: the store has it.
    store.available = 9;
    await hub.receive(9, all.slice(8, 9));
    expect([hub.version, store.reads]).toEqual([9, 2]);
    expect(hub.state).toEqual(fold(all));
  });

  it('streams each audience its frames, students without the roster changes, in order with `previous`', async () => {
    const all = stream(2);
    const store = fakeStore(all, 5);
    const hub = new SessionHub('s1', store as unknown as EventStore, () => {});
    await hub.catchUp();
    const got = { teacher: [] as LiveFrame[], ann: [] as LiveFrame[] };
    hub.stream({ role: 'teacher' }, 0, (f) => got.teacher.push(f));
    hub.stream({ role: 'student', memberId: 'ann' }, 2, (f) => got.ann.push(f));
    store.available = 7;
    await hub.receive(7, all.slice(5, 7));
    expect(got.teacher.map((f) => [f.value.previous, f.value.version])).toEqual([0, 1, 2, 3, 4, 5, 6].map((v) => [v, v + 1]));
    expect(got.ann.map((f) => [f.value.previous, f.value.version, f.value.event.type])).toEqual([
      [1, 4, 'ProgramSet'],
      [4, 5, 'ProgramRan'],
      [5, 6, 'StepChanged'],
      [6, 7, 'StepChanged'],
    ]);
    // One frame per audience and event, shared by every subscriber of that audience.
    const bob: LiveFrame[] = [];
    hub.stream({ role: 'student', memberId: 'bob' }, 5, (f) => bob.push(f));
    expect(bob).toEqual(got.ann.slice(2));
    expect(bob[0]).toBe(got.ann[2]);
  });

  it('does not send a subscriber resuming ahead of it what the subscriber already has', async () => {
    const all = stream(4);
    const store = fakeStore(all, 6);
    const hub = new SessionHub('s1', store as unknown as EventStore, () => {});
    await hub.catchUp();
    // The client saw version 8 through another instance; this one is at 6.
    const got: number[] = [];
    hub.stream({ role: 'teacher' }, 8, (f) => got.push(f.value.version));
    store.available = 9;
    await hub.receive(9, all.slice(6, 9));
    expect(got).toEqual([9]);
  });
});
