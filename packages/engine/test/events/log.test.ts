import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventLog, eventsOf } from '../../src/events/log.js';
import { createTimeline } from '../../src/events/seek.js';
import type { Loc, MemoryEvent, ValueView } from '../../src/events/schema.js';
import { generateTrace } from './gen.js';
import { getEngine } from '../support/engine.js';

const json = (x: unknown) => JSON.stringify(x);

function logOf(events: readonly MemoryEvent[]): EventLog {
  const log = new EventLog();
  for (const e of events) log.append(e);
  return log;
}

const LOC: Loc = Object.freeze([3, 5, 3, 20]) as Loc;
const base = (seq: number) => ({ seq, step: seq, loc: LOC });
const write = (seq: number, value: ValueView): MemoryEvent => ({ ...base(seq), kind: 'write', target: { slot: 1, path: [], name: 'x', addr: 140728422366704 }, value });

/** Appends `e` through the log's typed append for its kind, as the interpreter does; false when it has none. */
function appendTyped(log: EventLog, e: MemoryEvent): boolean {
  switch (e.kind) {
    case 'step':
      log.step(e.seq, e.step, e.loc, e.frame, e.what);
      return true;
    case 'frame_push':
      log.framePush(e.seq, e.step, e.loc, e.frame, e.fn, e.callLoc, e.addr);
      return true;
    case 'frame_pop':
      log.framePop(e.seq, e.step, e.loc, e.frame);
      return true;
    case 'local_init':
      log.localInit(e.seq, e.step, e.loc, e.frame, e.slot, e.name, e.ty, e.size, e.addr, e.value);
      return true;
    case 'local_dead':
      log.localDead(e.seq, e.step, e.loc, e.slot);
      return true;
    case 'write':
      log.write(e.seq, e.step, e.loc, e.target, e.value);
      return true;
    case 'heap_alloc':
      log.heapAlloc(e.seq, e.step, e.loc, e.block, e.ty, e.size, e.cap, e.addr, e.value);
      return true;
    case 'heap_free':
      log.heapFree(e.seq, e.step, e.loc, e.block);
      return true;
    case 'move':
    case 'copy':
      log.moveOrCopy(e.kind === 'move', e.seq, e.step, e.loc, e.from, e.to, e.ty);
      return true;
    case 'borrow':
      log.borrow(e.seq, e.step, e.loc, e.borrow, e.mut, e.of, e.into);
      return true;
    case 'borrow_end':
      log.borrowEnd(e.seq, e.step, e.loc, e.borrow);
      return true;
    case 'drop':
      log.drop(e.seq, e.step, e.loc, e.target, e.ty, e.custom);
      return true;
    default:
      log.append(e);
      return false;
  }
}

describe('EventLog', () => {
  it('gives back every event of generated traces as it was given, key order included (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3000 }), (seed, events) => {
        const trace = generateTrace({ events, seed, panic: seed % 2 === 0 });
        const log = logOf(trace.events);
        expect(log.length).toBe(trace.events.length);
        for (let i = 0; i < trace.events.length; i++) {
          expect(json(log.at(i))).toBe(json(trace.events[i]));
          expect(log.stepOf(i)).toBe(trace.events[i].step);
        }
        expect(json(log.toArray())).toBe(json(trace.events));
        expect(json([...log])).toBe(json(trace.events));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps numbers of any size and integers written any way', () => {
    const numbers = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 140728422366704, Number.MAX_SAFE_INTEGER, 0.5, -1e300];
    const ints = ['0', '-1', '7', '123456789', '-123456789', '1234567890', '007', '-0', '+1', '1e3', '', '340282366920938463463374607431768211455'];
    const events: MemoryEvent[] = [
      ...numbers.map((n, i): MemoryEvent => ({ ...base(i), kind: 'heap_alloc', block: n, ty: 'T', size: n, cap: n, addr: n, value: { t: 'unit' } })),
      ...ints.map((v, i): MemoryEvent => write(numbers.length + i, { t: 'int', v })),
    ];
    const log = logOf(events);
    events.forEach((e, i) => expect(json(log.at(i))).toBe(json(e)));
    expect((log.at(3) as Extract<MemoryEvent, { kind: 'heap_alloc' }>).addr).toBe(2 ** 31 - 1);
    expect((log.at(7) as Extract<MemoryEvent, { kind: 'heap_alloc' }>).addr).toBe(140728422366704);
    expect((log.at(9) as Extract<MemoryEvent, { kind: 'heap_alloc' }>).addr).toBe(0.5);
  });

  it('keeps every kind of value, nested, and what it does not know as it was', () => {
    const values: ValueView[] = [
      { t: 'ptr', kind: 'ref', addr: 93824992281248, len: 5 },
      { t: 'ptr', kind: 'box', addr: 93824992281248, vtable: 'Circle' },
      { t: 'ptr', kind: 'raw', addr: 1, len: 2, vtable: 'both' },
      { t: 'enum', name: 'Option', variant: 'Some', fields: [{ name: '0', value: { t: 'tuple', elems: [{ t: 'bool', v: true }, { t: 'char', v: 'é' }, { t: 'float', v: '1.5' }] } }] },
      { t: 'struct', name: 'S', fields: [{ name: 'a', value: { t: 'array', elems: [{ t: 'str', text: 'hi\n' }, { t: 'fn', name: 'main' }, { t: 'uninit' }, { t: 'moved' }] } }] },
      { t: 'someday', x: [1, 2] } as unknown as ValueView,
    ];
    const events = values.map((v, i) => write(i, v));
    events.push({ ...base(9), kind: 'not_yet', whatever: { a: 1 } } as unknown as MemoryEvent);
    events.push({ ...base(10), kind: 'move', from: { block: 2, path: [1, 0, 2 ** 40], name: 'v[0]', addr: 5 }, to: null, ty: 'String' });
    events.push({ seq: 11, step: 2 ** 33, loc: null, kind: 'frame_push', frame: 0, fn: 'main', callLoc: null, addr: 1 });
    const log = logOf(events);
    events.forEach((e, i) => expect(json(log.at(i))).toBe(json(e)));
    expect(log.stepOf(events.length - 1)).toBe(2 ** 33);
    expect(log.stepOf(6)).toBe(9); // an event kept as JSON
  });

  it('shares one location object per location, and answers out of range with undefined', () => {
    const log = logOf([write(0, { t: 'unit' }), write(1, { t: 'unit' })]);
    expect(log.at(0)!.loc).toBe(LOC);
    expect(log.at(1)!.loc).toBe(LOC);
    expect(log.at(-1)!.seq).toBe(1);
    expect(log.at(2)).toBeUndefined();
    expect(log.at(-3)).toBeUndefined();
  });

  it('spreads events over chunks, an event larger than a chunk included', () => {
    const big: ValueView = { t: 'array', elems: Array.from({ length: 600_000 }, (_, i) => ({ t: 'int', v: String(i) })) };
    const events: MemoryEvent[] = [];
    for (let i = 0; i < 30_000; i++) events.push(write(i, { t: 'int', v: String(i * 7919) }));
    events.push(write(30_000, big));
    for (let i = 30_001; i < 60_000; i++) events.push(write(i, { t: 'str', text: `line ${i}` }));
    const log = logOf(events);
    expect(log.byteLength).toBeGreaterThan(600_000 * 8);
    for (const i of [0, 4095, 4096, 29_999, 30_000, 30_001, 59_999]) expect(json(log.at(i))).toBe(json(events[i]));
    expect(json(log.toArray())).toBe(json(events));
  });

  it('forgets what it is told to forget, across chunks too, and goes on from there', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => write(i, { t: 'int', v: String(i) }));
    const log = logOf(events);
    log.truncate(12_345);
    expect(log.length).toBe(12_345);
    log.append(write(12_345, { t: 'str', text: 'after' }));
    expect(json(log.at(12_345))).toBe(json(write(12_345, { t: 'str', text: 'after' })));
    expect(json(log.at(12_344))).toBe(json(events[12_344]));
    log.truncate(0);
    expect(log.length).toBe(0);
    log.append(events[0]);
    expect(json(log.toArray())).toBe(json([events[0]]));
  });

  it("gives back from its typed appends what append gives back, in check mode too, and refuses there what it would not give back", () => {
    const trace = generateTrace({ events: 3000, seed: 7, panic: true });
    for (const checked of [false, true]) {
      const log = new EventLog(checked);
      let typed = 0;
      for (const e of trace.events) typed += appendTyped(log, e) ? 1 : 0;
      expect(typed).toBeGreaterThan(trace.events.length / 2);
      expect(json(log.toArray())).toBe(json(trace.events));
    }
    const odd = { t: 'ptr', kind: 'raw' } as unknown as ValueView;
    expect(() => new EventLog(true).write(0, 0, LOC, { slot: 1, path: [], name: 'x', addr: 8 }, odd)).toThrow(/reads back as/);
  });

  it('tells apart strings its memo of recent strings files in the same place', () => {
    // Same length and same end characters: the same slot of the memo.
    const names = ['axb', 'ayb', 'axb', 'a\u00e9b', 'ayb', '', 'axb', ''];
    const log = new EventLog();
    names.forEach((name, i) => log.localInit(i, i, LOC, 0, i, name, name + '!', 4, 8, { t: 'str', text: name }));
    names.forEach((name, i) => {
      const e = log.at(i) as Extract<MemoryEvent, { kind: 'local_init' }>;
      expect([e.name, e.ty, (e.value as { text: string }).text]).toEqual([name, name + '!', name]);
    });
  });

  it('refuses, in check mode, an event it would not give back the same', () => {
    const log = new EventLog();
    const odd = write(0, { t: 'ptr', kind: 'raw' } as unknown as ValueView);
    expect(() => log.appendChecked(odd)).toThrow(/reads back as/);
  });
});

describe('traces made by the interpreter', () => {
  const source = `
use std::rc::Rc;
fn main() {
    let a = Rc::new(String::from("config"));
    let b = Rc::clone(&a);
    let v = vec![1, 2, 3];
    println!("{} {} {:?}", a, Rc::strong_count(&b), v);
}`;

  it('read the same through the log, through trace.events and after JSON', async () => {
    const engine = await getEngine();
    const trace = engine.run(source, { fileName: 'main.rs' }).trace!;
    const log = eventsOf(trace);
    expect(log).toBeInstanceOf(EventLog);
    expect(trace.events.length).toBe(log.length);
    for (let i = 0; i < log.length; i++) expect(json(trace.events[i])).toBe(json(log.at(i)));
    expect(trace.events).toBe(trace.events); // made once
    const copy = JSON.parse(json(trace));
    expect(Object.keys(copy)).toEqual(['version', 'fileName', 'events', 'stdout', 'stderr', 'exitCode', 'outcome', 'steps']);
    expect(copy.events).toEqual(trace.events);
    expect(structuredClone(trace).events).toEqual(trace.events);
    expect(trace.steps).toBe(trace.events[trace.events.length - 1].step + 1);
  });

  it('seek the same from the log as from the array', async () => {
    const engine = await getEngine();
    const trace = engine.run(source, { fileName: 'main.rs' }).trace!;
    const fromLog = createTimeline(trace, { checkpointEvery: 4 });
    const fromArray = createTimeline({ ...trace, events: [...trace.events] }, { checkpointEvery: 4 });
    expect(fromLog.stepCount).toBe(fromArray.stepCount);
    for (let s = 0; s < fromLog.stepCount; s++) {
      expect(fromLog.stateAtStep(s)).toEqual(fromArray.stateAtStep(s));
      expect(fromLog.stepRange(s)).toEqual(fromArray.stepRange(s));
    }
    for (let e = 0; e < fromLog.eventCount; e++) expect(fromLog.stepOfEvent(e)).toBe(fromArray.stepOfEvent(e));
  });

  it('show an Rc holding a String counting up as a number, not as the String\'s pointer', async () => {
    const engine = await getEngine();
    const trace = engine.run(source, { fileName: 'main.rs', freeze: true }).trace!;
    const strong = trace.events.filter((e) => e.kind === 'write' && e.target.name === 'strong');
    expect(strong.map((e) => (e.kind === 'write' ? e.value : null))).toEqual([{ t: 'int', v: '2' }]);
  });
});
