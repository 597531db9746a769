import { describe, expect, it } from 'vitest';
import { describeState } from '../../src/events/describe.js';
import { createTimeline } from '../../src/events/seek.js';
import { stateAt } from '../../src/events/reduce.js';
import { TraceBuilder, employeeTrace, int, slotRef, str } from './builder.js';
import { generateTrace } from './gen.js';

describe('describeState', () => {
  const trace = employeeTrace();
  const timeline = createTimeline(trace);

  it('describes the employee program the way a student reads it', () => {
    const text = describeState(timeline.stateAtStep(1), { stepCount: timeline.stepCount });
    expect(text).toContain('Step 2 of 6, line 26 in main.');
    expect(text).toContain('john: Employee = Employee { name: reference → heap block 1 "John", salary: 5000, sales: 5, bonus: 0 }');
    expect(text).toContain('_tmp: String = String → heap block 1 "John" (len 4, capacity 4)');
    expect(text).toContain('block 1 (str, 4 bytes): "John"');
  });

  it('shows the callee frame, the running frame and the live borrow', () => {
    const text = describeState(timeline.stateAtStep(2));
    expect(text).toContain('Step 3, line 34 in main (a call).');
    expect(text).toContain('\n  find_employee_bonus:');
    expect(text).toContain('salary: &i32 = reference → john.salary');
    expect(text).toContain('no_of_sales: i32 = 5');
    expect(text).toContain('Borrows: &john.salary.');
    // The frame list reads bottom first: main before the callee.
    expect(text.indexOf('\n  main:')).toBeGreaterThan(0);
    expect(text.indexOf('\n  main:')).toBeLessThan(text.indexOf('\n  find_employee_bonus'));
  });

  it('mentions output so far, freed blocks and how the program ended', () => {
    const last = describeState(timeline.stateAtStep(timeline.stepCount - 1));
    expect(last).toContain('Stack: empty.');
    expect(last).toContain('Heap: empty.');
    expect(last).toContain('freed just now: block 1 (str, 4 bytes)');
    expect(last).toContain('Output so far: "Bonus for John is 2500\\n"');
    expect(last).toContain('The program finished with exit code 0.');
  });

  it('says when a value was moved out, dropped, or is not initialized', () => {
    const b = new TraceBuilder()
      .stepAt(1, 0, 'call')
      .add({ kind: 'frame_push', frame: 0, fn: 'main', callLoc: null, addr: 1000 })
      .add({ kind: 'heap_alloc', block: 0, ty: 'i32', size: 4, cap: 4, addr: 64, value: int(7) })
      .add({ kind: 'local_init', frame: 0, slot: 0, name: 'a', ty: 'Box<i32>', size: 8, addr: 992, value: { t: 'ptr', kind: 'box', addr: 64 } })
      .add({ kind: 'local_init', frame: 0, slot: 1, name: 'b', ty: 'Box<i32>', size: 8, addr: 984, value: { t: 'uninit' } })
      .stepAt(2)
      .add({ kind: 'move', from: slotRef(0, 'a', 992), to: slotRef(1, 'b', 984), ty: 'Box<i32>' })
      .add({ kind: 'local_init', frame: 0, slot: 2, name: 'c', ty: 'i32', size: 4, addr: 980, value: { t: 'uninit' } })
      .add({ kind: 'drop', target: slotRef(1, 'b', 984), ty: 'Box<i32>', custom: false });
    const text = describeState(stateAt(b.events, 1));
    expect(text).toContain('a: Box<i32>, moved out (can no longer be used)');
    expect(text).toContain('b: Box<i32> = Box → heap block 0 holding 7 (dropped, about to leave the stack)');
    expect(text).toContain('c: i32 = not initialized');
  });

  it('describes a panic, and a pointer to freed memory', () => {
    const b = new TraceBuilder()
      .stepAt(3, 0, 'call')
      .add({ kind: 'frame_push', frame: 0, fn: 'main', callLoc: null, addr: 1000 })
      .add({ kind: 'heap_alloc', block: 0, ty: 'str', size: 5, cap: 5, addr: 64, value: str('héllo'.slice(0, 5)) })
      .add({ kind: 'local_init', frame: 0, slot: 0, name: 's', ty: '&str', size: 16, addr: 984, value: { t: 'ptr', kind: 'ref', addr: 64, len: 3 } })
      .add({ kind: 'local_init', frame: 0, slot: 1, name: 'p', ty: '*const i32', size: 8, addr: 976, value: { t: 'ptr', kind: 'raw', addr: 4096 } })
      .stepAt(4)
      .add({ kind: 'panic', message: 'oops', location: 'main.rs:4:5' })
      .add({ kind: 'exit', code: 101 });
    const text = describeState(stateAt(b.events, 1));
    // &str lengths are bytes: 'h' + 'é' (2 bytes) = 3 bytes.
    expect(text).toContain('s: &str = reference → heap block 0 "hé"');
    expect(text).toContain('p: *const i32 = pointer → 0x1000 (no longer valid memory)');
    expect(text).toContain('The program panicked at main.rs:4:5: oops, exit code 101.');
  });

  it('describes every step of a long generated trace without throwing', () => {
    const long = generateTrace({ events: 3000, seed: 6, panic: true });
    const tl = createTimeline(long);
    for (let step = 0; step < tl.stepCount; step += 7) {
      const text = describeState(tl.stateAtStep(step), { stepCount: tl.stepCount });
      expect(text.startsWith(`Step ${step + 1} of ${tl.stepCount}`)).toBe(true);
    }
  });
});
