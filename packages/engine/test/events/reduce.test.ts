import { describe, expect, it } from 'vitest';
import type { MemoryEvent, ValueView } from '../../src/events/schema.js';
import { evolve, foldEvents, initialState, locate, readPlace, stateAt, type MemoryState } from '../../src/events/reduce.js';
import { deepFreeze } from '../../src/events/validate.js';
import { TraceBuilder, blockRef, employeeTrace, int, slotRef, str } from './builder.js';
import { generateTrace } from './gen.js';

/** Folds with every input frozen and checks the inputs are unchanged afterwards. */
function foldFrozen(events: readonly MemoryEvent[]): MemoryState {
  let state = deepFreeze(initialState());
  for (const e of events) {
    const before = JSON.stringify(state);
    const next = evolve(state, deepFreeze(e));
    expect(JSON.stringify(state)).toBe(before);
    state = deepFreeze(next);
  }
  return state;
}

const STACK = 0x7ff0_0000;

/** main with one i32 `x` and one (i32, [i32; 3], Point) `t`. */
function mainWithLocals(): TraceBuilder {
  const point: ValueView = { t: 'struct', name: 'Point', fields: [{ name: 'x', value: int(1) }, { name: 'y', value: int(2) }] };
  return new TraceBuilder()
    .stepAt(1, 0, 'call')
    .add({ kind: 'frame_push', frame: 0, fn: 'main', callLoc: null, addr: STACK })
    .stepAt(2)
    .add({ kind: 'local_init', frame: 0, slot: 0, name: 'x', ty: 'i32', size: 4, addr: STACK - 4, value: int(1) })
    .add({
      kind: 'local_init',
      frame: 0,
      slot: 1,
      name: 't',
      ty: '(i32, [i32; 3], Point)',
      size: 24,
      addr: STACK - 28,
      value: { t: 'tuple', elems: [int(0), { t: 'array', elems: [int(1), int(2), int(3)] }, point] },
    });
}

function slot(state: MemoryState, name: string) {
  for (const f of state.frames) for (const s of f.slots) if (s.name === name) return s;
  throw new Error(`no slot ${name}`);
}

describe('evolve', () => {
  it('starts empty', () => {
    const s = initialState();
    expect(s.seq).toBe(-1);
    expect(s.frames).toEqual([]);
    expect(s.heap).toEqual([]);
    expect(s.ended).toBeNull();
  });

  it('never mutates its input (frozen states and events) on a long realistic trace', () => {
    const trace = generateTrace({ events: 3000, seed: 11 });
    const final = foldFrozen(trace.events);
    expect(final.seq).toBe(trace.events.length - 1);
    expect(final.ended?.kind).toBe('exit');
  });

  it('step events set the position, line and current frame', () => {
    const s = foldFrozen(mainWithLocals().events);
    expect(s.step).toBe(1);
    expect(s.loc).toEqual([2, 5, 2, 40]);
    expect(s.frame).toBe(0);
    expect(s.fn).toBe('main');
    expect(s.stepWhat).toBe('stmt');
  });

  it('frame_push / local_init / local_dead / frame_pop build and shrink the stack', () => {
    const b = mainWithLocals()
      .stepAt(3, 0, 'call')
      .add({ kind: 'frame_push', frame: 7, fn: 'f', callLoc: [3, 1, 3, 4], addr: STACK - 64 })
      .add({ kind: 'local_init', frame: 7, slot: 9, name: 'n', ty: 'i32', size: 4, addr: STACK - 68, value: int(4) });
    let s = foldFrozen(b.events);
    expect(s.frames.map((f) => f.fn)).toEqual(['main', 'f']);
    // The call step's line is in main; the callee's own steps will name frame 7.
    expect(s.frame).toBe(0);
    expect(s.fn).toBe('main');
    expect(s.frames[1]).toMatchObject({ id: 7, callLoc: [3, 1, 3, 4], addr: STACK - 64 });
    expect(s.frames[1].slots).toEqual([{ id: 9, name: 'n', ty: 'i32', size: 4, addr: STACK - 68, value: int(4), status: 'live' }]);
    expect(s.frames[0].slots.map((x) => x.name)).toEqual(['x', 't']);

    b.stepAt(4, 7, 'return').add({ kind: 'local_dead', slot: 9 });
    s = foldFrozen(b.events);
    expect(s.frames[1].slots).toEqual([]);
    b.add({ kind: 'frame_pop', frame: 7 });
    s = foldFrozen(b.events);
    expect(s.frames.map((f) => f.fn)).toEqual(['main']);
    expect(s.frame).toBe(7);
    expect(s.fn).toBe('f');
  });

  it('write replaces the value at a slot path: tuple element, array element, struct field', () => {
    const b = mainWithLocals()
      .stepAt(3)
      .add({ kind: 'write', target: slotRef(1, 't.0', STACK - 28, [0]), value: int(10) })
      .add({ kind: 'write', target: slotRef(1, 't.1[2]', STACK - 16, [1, 2]), value: int(30) })
      .add({ kind: 'write', target: slotRef(1, 't.2.y', STACK - 8, [2, 1]), value: int(20) })
      .add({ kind: 'write', target: slotRef(0, 'x', STACK - 4), value: int(99) });
    const s = foldFrozen(b.events);
    expect(slot(s, 'x').value).toEqual(int(99));
    expect(slot(s, 't').value).toEqual({
      t: 'tuple',
      elems: [
        int(10),
        { t: 'array', elems: [int(1), int(2), int(30)] },
        { t: 'struct', name: 'Point', fields: [{ name: 'x', value: int(1) }, { name: 'y', value: int(20) }] },
      ],
    });
  });

  it('write into an enum variant field', () => {
    const some: ValueView = { t: 'enum', name: 'Option', variant: 'Some', fields: [{ name: '0', value: int(1) }] };
    const b = mainWithLocals()
      .add({ kind: 'local_init', frame: 0, slot: 2, name: 'o', ty: 'Option<i32>', size: 8, addr: STACK - 36, value: some })
      .stepAt(3)
      .add({ kind: 'write', target: slotRef(2, 'o.0', STACK - 32, [0]), value: int(5) });
    expect(slot(foldFrozen(b.events), 'o').value).toEqual({ ...some, fields: [{ name: '0', value: int(5) }] });
  });

  it('shares everything the event does not touch', () => {
    const b = mainWithLocals()
      .stepAt(3, 0, 'call')
      .add({ kind: 'frame_push', frame: 1, fn: 'f', callLoc: null, addr: STACK - 64 })
      .add({ kind: 'local_init', frame: 1, slot: 5, name: 'y', ty: 'i32', size: 4, addr: STACK - 68, value: int(0) })
      .add({ kind: 'heap_alloc', block: 0, ty: 'i32', size: 4, cap: 4, addr: 0x100, value: int(1) });
    const before = foldFrozen(b.events);
    const after = evolve(before, { seq: b.events.length, step: before.step, loc: null, kind: 'write', target: slotRef(5, 'y', STACK - 68), value: int(3) });
    expect(after.frames[0]).toBe(before.frames[0]); // main untouched
    expect(after.frames[1]).not.toBe(before.frames[1]);
    expect(after.heap).toBe(before.heap);
    expect(after.statics).toBe(before.statics);
  });

  it('a write to an unknown slot, or through a path that does not fit, changes nothing but the position', () => {
    const s0 = foldFrozen(mainWithLocals().events);
    const base = { step: s0.step, loc: null } as const;
    const s1 = evolve(s0, { ...base, seq: 5, kind: 'write', target: slotRef(42, 'ghost', 0), value: int(1) });
    expect(s1.frames).toBe(s0.frames);
    const s2 = evolve(s1, { ...base, seq: 6, kind: 'write', target: slotRef(0, 'x.9', STACK - 4, [9]), value: int(1) });
    expect(s2.frames).toBe(s0.frames);
    expect(s2.seq).toBe(6);
  });

  it('statics are allocated once and can be written', () => {
    const b = mainWithLocals()
      .add({ kind: 'static_alloc', id: 0, name: 'COUNTER', ty: 'i32', size: 4, addr: 0x400, value: int(0) })
      .stepAt(3)
      .add({ kind: 'write', target: { static: 0, path: [], name: 'COUNTER', addr: 0x400 }, value: int(1) });
    expect(foldFrozen(b.events).statics).toEqual([{ id: 0, name: 'COUNTER', ty: 'i32', size: 4, addr: 0x400, value: int(1) }]);
  });

  it('heap_alloc / heap_realloc / write into a block', () => {
    const b = mainWithLocals()
      .add({ kind: 'heap_alloc', block: 3, ty: '[i32]', size: 4, cap: 8, addr: 0x1000, value: { t: 'array', elems: [int(1), { t: 'uninit' }] } })
      .stepAt(3)
      .add({ kind: 'write', target: blockRef(3, 'v[1]', 0x1004, [1]), value: int(2) });
    expect(foldFrozen(b.events).heap[0]).toEqual({ id: 3, ty: '[i32]', size: 4, cap: 8, addr: 0x1000, value: { t: 'array', elems: [int(1), int(2)] }, status: 'live' });
    const grown: ValueView = { t: 'array', elems: [int(1), int(2), int(3), { t: 'uninit' }] };
    b.add({ kind: 'heap_realloc', block: 3, size: 12, cap: 16, addr: 0x2000, oldAddr: 0x1000, value: grown });
    expect(foldFrozen(b.events).heap[0]).toEqual({ id: 3, ty: '[i32]', size: 12, cap: 16, addr: 0x2000, value: grown, status: 'live' });
  });

  it('a freed block leaves the heap and is listed in freedThisStep until the next step', () => {
    const b = mainWithLocals()
      .add({ kind: 'heap_alloc', block: 0, ty: 'i32', size: 4, cap: 4, addr: 0x1000, value: int(1) })
      .add({ kind: 'heap_alloc', block: 1, ty: 'i32', size: 4, cap: 4, addr: 0x1010, value: int(2) })
      .stepAt(3, 0, 'drop')
      .add({ kind: 'heap_free', block: 0 });
    let s = foldFrozen(b.events);
    expect(s.heap.map((x) => x.id)).toEqual([1]);
    expect(s.freedThisStep).toEqual([{ id: 0, ty: 'i32', size: 4, cap: 4, addr: 0x1000, value: int(1), status: 'freed' }]);
    b.stepAt(4);
    s = foldFrozen(b.events);
    expect(s.freedThisStep).toEqual([]);
    expect(s.heap.map((x) => x.id)).toEqual([1]);
  });

  it('move marks the whole slot as moved and carries the value over', () => {
    const header: ValueView = { t: 'struct', name: 'String', fields: [{ name: 'ptr', value: { t: 'ptr', kind: 'raw', addr: 0x1000 } }, { name: 'cap', value: int(2) }, { name: 'len', value: int(2) }] };
    const b = mainWithLocals()
      .add({ kind: 'heap_alloc', block: 0, ty: 'str', size: 2, cap: 2, addr: 0x1000, value: str('hi') })
      .add({ kind: 'local_init', frame: 0, slot: 2, name: 's1', ty: 'String', size: 24, addr: STACK - 56, value: header })
      .stepAt(3)
      .add({ kind: 'local_init', frame: 0, slot: 3, name: 's2', ty: 'String', size: 24, addr: STACK - 80, value: { t: 'uninit' } })
      .add({ kind: 'move', from: slotRef(2, 's1', STACK - 56), to: slotRef(3, 's2', STACK - 80), ty: 'String' });
    let s = foldFrozen(b.events);
    expect(slot(s, 's1').status).toBe('moved');
    expect(slot(s, 's2')).toMatchObject({ status: 'live', value: header });
    expect(s.moved).toEqual([{ slot: 2, path: [], name: 's1' }]);

    // Assigning a new value to s1 makes it live again.
    b.stepAt(4).add({ kind: 'write', target: slotRef(2, 's1', STACK - 56), value: { t: 'uninit' } });
    s = foldFrozen(b.events);
    expect(slot(s, 's1').status).toBe('live');
    expect(s.moved).toEqual([]);
  });

  it('move out of a field marks only that path; the mark goes when the slot dies', () => {
    const b = mainWithLocals()
      .stepAt(3)
      .add({ kind: 'local_init', frame: 0, slot: 4, name: 'p', ty: 'Point', size: 4, addr: STACK - 40, value: { t: 'uninit' } })
      .add({ kind: 'move', from: slotRef(1, 't.2', STACK - 12, [2]), to: slotRef(4, 'p', STACK - 40), ty: 'Point' });
    let s = foldFrozen(b.events);
    expect(slot(s, 't').status).toBe('live');
    expect(s.moved).toEqual([{ slot: 1, path: [2], name: 't.2' }]);
    expect(slot(s, 'p').value).toEqual({ t: 'struct', name: 'Point', fields: [{ name: 'x', value: int(1) }, { name: 'y', value: int(2) }] });
    // Moving the same place twice keeps one mark.
    b.add({ kind: 'move', from: slotRef(1, 't.2', STACK - 12, [2]), to: null, ty: 'Point' });
    expect(foldFrozen(b.events).moved).toHaveLength(1);
    b.stepAt(4, 0, 'drop').add({ kind: 'local_dead', slot: 1 });
    s = foldFrozen(b.events);
    expect(s.moved).toEqual([]);
  });

  it('writing a parent place clears moved marks below it; writing a sibling does not', () => {
    const b = mainWithLocals()
      .stepAt(3)
      .add({ kind: 'move', from: slotRef(1, 't.2', STACK - 12, [2]), to: null, ty: 'Point' })
      .add({ kind: 'write', target: slotRef(1, 't.0', STACK - 28, [0]), value: int(1) });
    expect(foldFrozen(b.events).moved).toHaveLength(1);
    b.add({ kind: 'write', target: slotRef(1, 't', STACK - 28), value: { t: 'tuple', elems: [] } });
    expect(foldFrozen(b.events).moved).toEqual([]);
  });

  it('copy carries the value and marks nothing', () => {
    const b = mainWithLocals()
      .stepAt(3)
      .add({ kind: 'local_init', frame: 0, slot: 2, name: 'y', ty: 'i32', size: 4, addr: STACK - 32, value: { t: 'uninit' } })
      .add({ kind: 'copy', from: slotRef(0, 'x', STACK - 4), to: slotRef(2, 'y', STACK - 32), ty: 'i32' });
    const s = foldFrozen(b.events);
    expect(slot(s, 'y').value).toEqual(int(1));
    expect(slot(s, 'x').status).toBe('live');
    expect(s.moved).toEqual([]);
  });

  it('borrow and borrow_end track live borrows', () => {
    const of = slotRef(0, 'x', STACK - 4);
    const b = mainWithLocals()
      .stepAt(3)
      .add({ kind: 'borrow', borrow: 1, mut: false, of, into: null })
      .add({ kind: 'borrow', borrow: 2, mut: true, of: slotRef(1, 't', STACK - 28), into: slotRef(0, 'x', STACK - 4) });
    expect(foldFrozen(b.events).borrows).toEqual([
      { id: 1, mut: false, of, into: null },
      { id: 2, mut: true, of: slotRef(1, 't', STACK - 28), into: slotRef(0, 'x', STACK - 4) },
    ]);
    b.add({ kind: 'borrow_end', borrow: 1 });
    expect(foldFrozen(b.events).borrows.map((x) => x.id)).toEqual([2]);
  });

  it('drop of a whole slot marks it dropped', () => {
    const b = mainWithLocals().stepAt(3, 0, 'drop').add({ kind: 'drop', target: slotRef(0, 'x', STACK - 4), ty: 'i32', custom: false });
    expect(slot(foldFrozen(b.events), 'x').status).toBe('dropped');
  });

  it('output accumulates stdout and stderr separately', () => {
    const b = mainWithLocals()
      .add({ kind: 'output', stream: 'stdout', text: 'a\n' })
      .add({ kind: 'output', stream: 'stderr', text: 'warn\n' })
      .add({ kind: 'output', stream: 'stdout', text: 'b\n' });
    const s = foldFrozen(b.events);
    expect(s.stdout).toBe('a\nb\n');
    expect(s.stderr).toBe('warn\n');
  });

  it('a panic stays the reason the program ended when exit follows', () => {
    const b = mainWithLocals().stepAt(3).add({ kind: 'panic', message: 'boom', location: 'test.rs:3:5' }).add({ kind: 'exit', code: 101 });
    const s = foldFrozen(b.events);
    expect(s.ended).toMatchObject({ kind: 'panic', message: 'boom' });
    expect(s.exitCode).toBe(101);
  });

  it('stack_overflow, step_limit and a plain exit end the program', () => {
    for (const end of [
      { kind: 'stack_overflow', fn: 'f', depth: 9000 },
      { kind: 'step_limit', limit: 10 },
      { kind: 'exit', code: 0 },
    ] as const) {
      const s = foldFrozen(mainWithLocals().stepAt(3).add(end).events);
      expect(s.ended?.kind).toBe(end.kind);
    }
  });

  it('reads places through paths', () => {
    const s = foldFrozen(mainWithLocals().events);
    expect(readPlace(s, slotRef(1, 't.1[1]', 0, [1, 1]))).toEqual(int(2));
    expect(readPlace(s, slotRef(1, 't.2.x', 0, [2, 0]))).toEqual(int(1));
    expect(readPlace(s, slotRef(1, 't.5', 0, [5]))).toBeUndefined();
    expect(readPlace(s, blockRef(9, 'nope', 0))).toBeUndefined();
  });
});

describe('stateAt', () => {
  it('equals folding every event up to the end of the step', () => {
    const trace = generateTrace({ events: 2000, seed: 5 });
    for (const step of [0, 1, 17, 250, trace.steps - 1]) {
      let last = -1;
      while (last + 1 < trace.events.length && trace.events[last + 1].step <= step) last++;
      const folded = foldEvents(initialState(), trace.events, 0, last + 1);
      const s = stateAt(trace.events, step);
      expect(s).toEqual(folded);
      expect(s.step).toBe(step);
    }
  });

  it('is JSON-serializable: a round trip gives the same state', () => {
    const trace = generateTrace({ events: 3000, seed: 8, panic: true });
    for (const step of [3, 100, Math.floor(trace.steps / 2), trace.steps - 1]) {
      const s = stateAt(trace.events, step);
      expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
    }
  });
});

describe('locate', () => {
  const trace = employeeTrace();
  const JOHN = 0x7ff0_0000 - 48;
  const atBorrow = stateAt(trace.events, 2); // inside find_employee_bonus, john.salary borrowed

  it('finds the slot, and the field a live borrow names', () => {
    expect(locate(atBorrow, JOHN)).toMatchObject({ region: 'stack', frame: 0, slot: 1, path: [], offset: 0, name: 'john' });
    expect(locate(atBorrow, JOHN + 16)).toMatchObject({ region: 'stack', slot: 1, path: [1], offset: 16, name: 'john.salary' });
    // Without a borrow, the containing slot and the offset are still known.
    expect(locate(atBorrow, JOHN + 24)).toMatchObject({ region: 'stack', slot: 1, path: [], offset: 24, name: 'john' });
  });

  it('finds heap blocks, including an address inside one', () => {
    expect(locate(atBorrow, 0x0100_0000)).toMatchObject({ region: 'heap', block: 1, offset: 0 });
    expect(locate(atBorrow, 0x0100_0002)).toMatchObject({ region: 'heap', block: 1, offset: 2 });
  });

  it('works out array element paths from the offset', () => {
    const s = foldFrozen(mainWithLocals().events);
    // t: (i32, [i32; 3], Point) at STACK-28; the array is not the root, so only the slot is known.
    expect(locate(s, STACK - 24)).toMatchObject({ slot: 1, offset: 4 });
    const withArray = evolve(s, {
      seq: 99,
      step: s.step,
      loc: null,
      kind: 'local_init',
      frame: 0,
      slot: 7,
      name: 'a',
      ty: '[i32; 4]',
      size: 16,
      addr: 0x5000,
      value: { t: 'array', elems: [int(1), int(2), int(3), int(4)] },
    });
    expect(locate(withArray, 0x5008)).toMatchObject({ slot: 7, path: [2], name: 'a[2]' });
  });

  it('finds statics, and nothing for null or unmapped addresses', () => {
    const b = mainWithLocals().add({ kind: 'static_alloc', id: 0, name: '"hi"', ty: 'str', size: 2, addr: 0x400, value: str('hi') });
    const s = foldFrozen(b.events);
    expect(locate(s, 0x401)).toMatchObject({ region: 'static', static: 0, offset: 1 });
    expect(locate(s, 0)).toBeNull();
    expect(locate(s, 0x9999)).toBeNull();
  });
});
