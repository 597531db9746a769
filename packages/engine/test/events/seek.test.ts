import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeline } from '../../src/events/seek.js';
import { foldEvents, initialState, stateAt } from '../../src/events/reduce.js';
import { TRACE_VERSION, type Trace } from '../../src/events/schema.js';
import { generateTrace } from './gen.js';

describe('Timeline', () => {
  it('seeks to random steps exactly as a fresh fold does (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 12 }),
        (seed, events, every, picks) => {
          const trace = generateTrace({ events, seed, panic: seed % 3 === 0 });
          const timeline = createTimeline(trace, { checkpointEvery: every });
          for (const p of picks) {
            const step = Math.floor(p * timeline.stepCount);
            expect(timeline.stateAtStep(step)).toEqual(stateAt(trace.events, step));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('seeks to events exactly as a fresh fold does, in any order', () => {
    const trace = generateTrace({ events: 4000, seed: 3 });
    const timeline = createTimeline(trace, { checkpointEvery: 64 });
    fc.assert(
      fc.property(fc.integer({ min: -1, max: trace.events.length - 1 }), (seq) => {
        expect(timeline.stateAtEvent(seq)).toEqual(foldEvents(initialState(), trace.events, 0, seq + 1));
      }),
      { numRuns: 200 },
    );
  });

  it('stepping forward and backward one step at a time matches the fold', () => {
    const trace = generateTrace({ events: 1500, seed: 21 });
    const timeline = createTimeline(trace, { checkpointEvery: 100 });
    const steps = [...Array(timeline.stepCount).keys()];
    for (const step of [...steps, ...steps.reverse()]) {
      expect(timeline.stateAtStep(step).seq).toBe(timeline.stepRange(step).last);
    }
    for (const step of [5, 6, 7, 8, 100, 99, 98]) expect(timeline.stateAtStep(step)).toEqual(stateAt(trace.events, step));
  });

  it('knows the event range of every step', () => {
    const trace = generateTrace({ events: 3000, seed: 9 });
    const timeline = createTimeline(trace);
    expect(timeline.stepCount).toBe(trace.steps);
    let covered = 0;
    for (let step = 0; step < timeline.stepCount; step++) {
      const { first, last } = timeline.stepRange(step);
      expect(first).toBe(covered);
      for (let i = first; i <= last; i++) expect(trace.events[i].step).toBe(step);
      expect(trace.events[first].kind).toBe('step');
      expect(timeline.stepOfEvent(last)).toBe(step);
      covered = last + 1;
    }
    expect(covered).toBe(trace.events.length);
  });

  it('clamps out-of-range seeks instead of throwing', () => {
    const trace = generateTrace({ events: 500, seed: 2 });
    const timeline = createTimeline(trace);
    expect(timeline.stateAtStep(-3).step).toBe(0);
    expect(timeline.stateAtStep(1e9).seq).toBe(trace.events.length - 1);
    expect(timeline.stateAtStep(Number.NaN).step).toBe(0);
    expect(timeline.stateAtEvent(-1)).toEqual(initialState());
    expect(timeline.stateAtEvent(1e9).seq).toBe(trace.events.length - 1);
  });

  it('handles an empty trace', () => {
    const empty: Trace = { version: TRACE_VERSION, fileName: 'e.rs', events: [], stdout: '', stderr: '', exitCode: 0, outcome: 'exit', steps: 0 };
    const timeline = createTimeline(empty);
    expect(timeline.stepCount).toBe(0);
    expect(timeline.stateAtStep(0)).toEqual(initialState());
    expect(timeline.stepRange(0)).toEqual({ first: 0, last: -1 });
  });

  it('keeps one checkpoint per K events, and states a few events apart share their untouched frames', () => {
    const trace = generateTrace({ events: 10_000, seed: 4, maxDepth: 4 });
    const timeline = createTimeline(trace, { checkpointEvery: 500 });
    expect(timeline.checkpointCount).toBe(Math.floor(trace.events.length / 500) + 1);
    let shared = 0;
    let comparisons = 0;
    for (let seq = 1000; seq < 9000; seq += 97) {
      const a = timeline.stateAtEvent(seq);
      const b = timeline.stateAtEvent(seq + 3);
      if (a.frames.length > 1 && b.frames.length === a.frames.length) {
        comparisons++;
        if (a.frames[0] === b.frames[0]) shared++;
      }
    }
    expect(comparisons).toBeGreaterThan(10);
    // main's frame is rarely touched while a callee runs.
    expect(shared / comparisons).toBeGreaterThan(0.5);
  });
});
