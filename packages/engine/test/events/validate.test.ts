import { describe, expect, it } from 'vitest';
import { deepFreeze, validateTrace } from '../../src/events/validate.js';
import type { MemoryEvent, Trace } from '../../src/events/schema.js';
import { employeeTrace } from './builder.js';
import { generateTrace } from './gen.js';

/** A mutable deep copy (as an import would be), edited by `edit`. */
function tampered(trace: Trace, edit: (t: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(trace));
  edit(copy);
  return copy;
}

function renumber(events: any[]): void {
  events.forEach((e, i) => (e.seq = i));
}

function refusal(value: unknown): string {
  const result = validateTrace(value);
  if (result.ok) throw new Error('expected the trace to be refused');
  return result.error;
}

const index = (trace: Trace, pred: (e: MemoryEvent) => boolean) => trace.events.findIndex(pred);

describe('validateTrace accepts', () => {
  it('generated traces of several shapes, also after a JSON round trip', () => {
    for (const [seed, panic] of [[1, false], [2, true], [3, false], [77, true]] as const) {
      const trace = generateTrace({ events: 3000, seed, panic });
      const direct = validateTrace(trace);
      expect(direct.ok ? 'ok' : direct.error).toBe('ok');
      const parsed = validateTrace(JSON.parse(JSON.stringify(trace)));
      expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
      if (parsed.ok) expect(parsed.trace).toEqual(trace);
    }
  });

  it('the hand-written employee trace', () => {
    const result = validateTrace(employeeTrace());
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});

describe('validateTrace refuses', () => {
  const trace = generateTrace({ events: 2000, seed: 12 });

  it('things that are not traces, without throwing', () => {
    expect(refusal(null)).toMatch(/expected an object/);
    expect(refusal([])).toMatch(/expected an object/);
    expect(refusal('{"version":1}')).toMatch(/expected an object/);
    expect(refusal({ version: 1 })).toMatch(/fileName/);
    const cyclic: any = { ...trace, events: [...trace.events] };
    cyclic.events[3] = { ...cyclic.events[3], value: undefined };
    cyclic.events[3].self = cyclic.events[3];
    expect(() => validateTrace(cyclic)).not.toThrow();
  });

  it('another version', () => {
    expect(refusal(tampered(trace, (t) => (t.version = 2)))).toMatch(/unsupported trace version 2/);
  });

  it('a truncated trace (events cut off at the end)', () => {
    const error = refusal(tampered(trace, (t) => (t.events = t.events.slice(0, 1200))));
    expect(error).toMatch(/stops at event 1199 \(\w+\) before the program ended \(truncated\?\)/);
    // Even with the header fixed up to match, the missing ending gives it away.
    const fixed = tampered(trace, (t) => {
      t.events = t.events.slice(0, 1200);
      t.steps = t.events[1199].step + 1;
      t.stdout = t.events.filter((e: any) => e.kind === 'output' && e.stream === 'stdout').map((e: any) => e.text).join('');
    });
    expect(refusal(fixed)).toMatch(/truncated/);
  });

  it('a trace with events removed from the middle', () => {
    expect(refusal(tampered(trace, (t) => t.events.splice(500, 3)))).toMatch(/event 500: seq is 503 but should be 500 \(events missing/);
  });

  it('reordered events', () => {
    const error = refusal(
      tampered(trace, (t) => {
        [t.events[40], t.events[41]] = [t.events[41], t.events[40]];
      }),
    );
    expect(error).toMatch(/event 40: seq is 41 but should be 40/);
  });

  it('reordered events with seq renumbered (the invariants catch it)', () => {
    const free = index(trace, (e) => e.kind === 'heap_free');
    const alloc = index(trace, (e) => e.kind === 'heap_alloc');
    const error = refusal(
      tampered(trace, (t) => {
        // Move the first free to the very start: it now frees a block before it exists.
        const [ev] = t.events.splice(free, 1);
        ev.step = 0;
        t.events.unshift(ev);
        renumber(t.events);
      }),
    );
    expect(alloc).toBeGreaterThan(0);
    expect(error).toMatch(/event 0 \(heap_free, step 0\): heap_free of heap block \d+, which was never allocated/);
  });

  it('steps that go backwards or skip', () => {
    const i = index(trace, (e, ) => e.kind === 'write' && e.step > 5);
    expect(refusal(tampered(trace, (t) => (t.events[i].step -= 1)))).toMatch(new RegExp(`event ${i}: step is \\d+ but the current step is`));
    const s = index(trace, (e) => e.kind === 'step' && e.step > 5);
    expect(refusal(tampered(trace, (t) => (t.events[s].step += 1)))).toMatch(/steps out of order/);
  });

  it('an unknown event kind or a missing field', () => {
    expect(refusal(tampered(trace, (t) => (t.events[7].kind = 'explode')))).toMatch(/event 7 .*unknown event kind "explode"/);
    const w = index(trace, (e) => e.kind === 'local_init');
    expect(refusal(tampered(trace, (t) => delete t.events[w].addr))).toMatch(/"addr" must be an address, got nothing/);
  });

  it('a malformed value view, naming where it is', () => {
    const w = index(trace, (e) => e.kind === 'local_init' && e.value.t === 'struct');
    const error = refusal(tampered(trace, (t) => (t.events[w].value.fields[1].value = { t: 'int', v: 'lots' })));
    expect(error).toMatch(/"value"\.\w+: int value must be a decimal string/);
    const deep: any = { t: 'tuple', elems: [] };
    let cur = deep;
    for (let i = 0; i < 500; i++) cur = cur.elems[0] = { t: 'tuple', elems: [] };
    expect(refusal(tampered(trace, (t) => (t.events[w].value = deep)))).toMatch(/nested more than/);
  });

  it('a double free', () => {
    const free = index(trace, (e) => e.kind === 'heap_free');
    const error = refusal(
      tampered(trace, (t) => {
        t.events.splice(free + 1, 0, { ...t.events[free] });
        renumber(t.events);
      }),
    );
    expect(error).toMatch(new RegExp(`event ${free + 1} \\(heap_free.*already freed at event ${free} \\(double free`));
  });

  it('a write to a freed block', () => {
    const free = trace.events.find((e) => e.kind === 'heap_free')!;
    const error = refusal(
      tampered(trace, (t) => {
        const i = t.events.findIndex((e: any) => e.seq > free.seq && e.kind === 'write');
        t.events[i].target = { block: (free as any).block, path: [], name: 'b', addr: 16 };
      }),
    );
    expect(error).toMatch(/"target": write to heap block \d+, which was already freed/);
  });

  it('a write to a slot that is not live', () => {
    const i = index(trace, (e) => e.kind === 'write' && e.target.slot !== undefined);
    expect(refusal(tampered(trace, (t) => (t.events[i].target.slot = 999_999)))).toMatch(/write to slot 999999, which is not live/);
  });

  it('a place naming two roots', () => {
    const i = index(trace, (e) => e.kind === 'write');
    expect(refusal(tampered(trace, (t) => (t.events[i].target.block = 0)))).toMatch(/exactly one of slot, block or static/);
  });

  it('frame_pop of a frame that is not on the stack', () => {
    const i = index(trace, (e) => e.kind === 'frame_pop');
    expect(refusal(tampered(trace, (t) => (t.events[i].frame = 4242)))).toMatch(/frame_pop of frame 4242, which is not on the stack/);
  });

  it('a local_dead of a dead slot and a borrow_end of an ended borrow', () => {
    const d = index(trace, (e) => e.kind === 'local_dead');
    expect(
      refusal(
        tampered(trace, (t) => {
          t.events.splice(d + 1, 0, { ...t.events[d] });
          renumber(t.events);
        }),
      ),
    ).toMatch(/local_dead of slot \d+, which is not live/);
    const b = index(trace, (e) => e.kind === 'borrow_end');
    expect(
      refusal(
        tampered(trace, (t) => {
          t.events.splice(b + 1, 0, { ...t.events[b] });
          renumber(t.events);
        }),
      ),
    ).toMatch(/borrow_end of borrow \d+, which is not live/);
  });

  it('edited output or exit code', () => {
    expect(refusal(tampered(trace, (t) => (t.stdout = 'hacked')))).toMatch(/header stdout .* differs/);
    const o = index(trace, (e) => e.kind === 'output');
    expect(refusal(tampered(trace, (t) => (t.events[o].text = 'x')))).toMatch(/header stdout .* differs/);
    expect(refusal(tampered(trace, (t) => (t.exitCode = 3)))).toMatch(/exit code 0 differs from the header's exitCode 3/);
  });

  it('events spliced in after the exit', () => {
    const error = refusal(
      tampered(trace, (t) => {
        const last = t.events[t.events.length - 1];
        t.events.push({ ...t.events[t.events.length - 2], seq: last.seq + 1, step: last.step });
      }),
    );
    expect(error).toMatch(/comes after the program's exit event/);
  });
});

describe('deepFreeze', () => {
  it('freezes everything reachable and returns its argument', () => {
    const value = { a: [{ b: 1 }], c: { d: { e: [2] } } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d.e)).toBe(true);
    expect(() => {
      (value.c.d.e as number[]).push(3);
    }).toThrow(TypeError);
  });

  it('walks into objects that were already frozen at the top', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(true);
  });
});
