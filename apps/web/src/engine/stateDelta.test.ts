import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, createTimeline, type Engine, type MemoryState, type Timeline } from '@memviz/engine';
import { loadNodeRustParser } from '@memviz/engine/node';
import { EXAMPLES } from '../generated/examples';
import { StateLink, decodeState, encodeState, type StateDelta } from './stateDelta';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadNodeRustParser());
});

function timelineOf(source: string): Timeline {
  const r = engine.run(source, { fileName: 'main.rs' });
  if (!r.trace) throw new Error('does not run');
  return createTimeline(r.trace);
}

/** What the page gets: the delta after a structured clone, as postMessage sends it. */
const cross = (d: StateDelta): StateDelta => structuredClone(d);

const freshCount = (d: StateDelta) => Object.values(d.lists).reduce((n, l) => n + l.fresh.length, 0);

describe('states sent from the worker to the page as deltas', () => {
  it('gives the page every state of every example that runs, stepping forward, back and jumping', () => {
    // Two of the article's programs are the ones rustc rejects: nothing to step through there.
    const running = EXAMPLES.filter((e) => engine.run(e.source, { fileName: 'main.rs' }).trace);
    expect(running.map((e) => e.id)).toEqual(['employee_bonus', 'create_box_raii', 'modules_restaurant', 'threads_arc_mutex']);
    for (const example of running) {
      const timeline = timelineOf(example.source);
      const worker = new StateLink();
      const page = new StateLink();
      const n = timeline.stepCount;
      // Forward, backward, then jumps in a fixed pseudo-random order.
      const order = [...Array(n).keys(), ...[...Array(n).keys()].reverse()];
      let x = 7;
      for (let i = 0; i < 40; i++) order.push((x = (x * 37 + 11) % n));
      for (const step of order) {
        const sent = timeline.stateAtStep(step);
        const got = page.receive(cross(worker.send(sent)));
        expect(got, `${example.id}, step ${step}`).toEqual(sent);
      }
    }
  });

  it('keeps the page\'s own objects for what a step did not change, and sends only what it did', () => {
    const deep = EXAMPLES.find((e) => e.id === 'create_box_raii')!;
    const timeline = timelineOf(deep.source);
    const worker = new StateLink();
    const page = new StateLink();
    let before: { sent: MemoryState; got: MemoryState } | null = null;
    let sharedFrames = 0;
    for (let step = 0; step < timeline.stepCount; step++) {
      const sent = timeline.stateAtStep(step);
      const delta = cross(worker.send(sent));
      const got = page.receive(delta);
      if (before) {
        const prev = before;
        // Whatever the worker's two states share, the page's two share too.
        sent.frames.forEach((f, i) => {
          const j = prev.sent.frames.indexOf(f);
          if (j >= 0) {
            expect(got.frames[i]).toBe(prev.got.frames[j]);
            sharedFrames++;
          }
        });
        sent.heap.forEach((b, i) => {
          const j = prev.sent.heap.indexOf(b);
          if (j >= 0) expect(got.heap[i]).toBe(prev.got.heap[j]);
        });
        // And only the rest crosses.
        const fresh = (['frames', 'heap', 'freedThisStep', 'statics', 'borrows', 'moved'] as const).reduce((n, k) => n + sent[k].filter((x) => !(prev.sent[k] as readonly unknown[]).includes(x)).length, 0);
        expect(freshCount(delta)).toBe(fresh);
      }
      before = { sent, got };
    }
    expect(sharedFrames, 'main\'s frame is kept across steps').toBeGreaterThan(timeline.stepCount / 2);
  });

  it('sends a state whole when there is nothing to refer to', () => {
    const timeline = timelineOf(EXAMPLES.find((e) => e.id === 'employee_bonus')!.source);
    const last = timeline.stateAtStep(timeline.stepCount - 1);
    const d = encodeState(null, last);
    for (const l of Object.values(d.lists)) expect(l.kept).toBeNull();
    expect(decodeState(null, cross(d))).toEqual(last);
  });

  it('refuses a delta against a state the page does not have, rather than drawing a wrong one', () => {
    const timeline = timelineOf(EXAMPLES.find((e) => e.id === 'employee_bonus')!.source);
    const a = timeline.stateAtStep(1);
    const b = timeline.stateAtStep(2);
    const d = encodeState(a, b);
    expect(() => decodeState(null, d)).toThrow(/does not have/);
    // A previous state with fewer items than the delta names.
    const kept = Object.entries(d.lists).find(([, l]) => l.kept?.some((k) => k >= 0));
    if (kept) expect(() => decodeState({ ...a, [kept[0]]: [] } as MemoryState, d)).toThrow(/does not have/);
  });

  it('starts again from a whole state after a reset of both ends', () => {
    const timeline = timelineOf(EXAMPLES.find((e) => e.id === 'employee_bonus')!.source);
    const worker = new StateLink();
    const page = new StateLink();
    page.receive(cross(worker.send(timeline.stateAtStep(0))));
    worker.reset();
    page.reset();
    const d = cross(worker.send(timeline.stateAtStep(3)));
    for (const l of Object.values(d.lists)) expect(l.kept).toBeNull();
    expect(page.receive(d)).toEqual(timeline.stateAtStep(3));
  });
});
