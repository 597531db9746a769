// The article's programs ("Visualizing memory management in Rust"), checked
// two ways: facts read off the article's slides and figures, asserted one by
// one; and a golden trace per program (test/golden/*.events.txt), printed one
// event per line and read by hand against the article. Regenerate the golden
// files with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventOf, MemoryEvent, Trace } from '../../src/events/schema.js';
import { printEvent } from '../../src/events/print.js';
import { createTimeline } from '../../src/events/seek.js';
import { locate } from '../../src/events/reduce.js';
import { getEngine } from '../support/engine.js';

const here = dirname(fileURLToPath(import.meta.url));
const examples = join(here, '../../../../examples');
const read = (name: string) => readFileSync(join(examples, name), 'utf8');

async function trace(name: string): Promise<Trace> {
  const engine = await getEngine();
  const result = engine.run(read(name), { fileName: name, freeze: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.trace!;
}

const ofKind = <K extends MemoryEvent['kind']>(t: Trace, kind: K) => t.events.filter((e): e is EventOf<K> => e.kind === kind);

/** Golden file comparison: the printed events, or an excerpt of them for long runs. */
function golden(name: string, lines: string[]) {
  const file = join(here, `${name}.events.txt`);
  const text = lines.join('\n') + '\n';
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('article program 1: Employee bonus (stack vs heap)', () => {
  it('matches its golden trace', async () => {
    golden('employee_bonus', (await trace('employee_bonus.rs')).events.map(printEvent));
  });

  it('prints what rustc prints', async () => {
    const t = await trace('employee_bonus.rs');
    expect(t.stdout).toBe('Bonus for John is 2500\n');
    expect(t.exitCode).toBe(0);
  });

  it('keeps main in a frame and pushes and pops the called functions in order', async () => {
    const t = await trace('employee_bonus.rs');
    const calls = t.events.filter((e) => e.kind === 'frame_push' || e.kind === 'frame_pop').map((e) => (e.kind === 'frame_push' ? `push ${e.fn}` : 'pop'));
    expect(calls).toEqual(['push main', 'push find_employee_bonus', 'push get_bonus_percentage', 'pop', 'pop', 'pop']);
  });

  it('puts john on the stack with name pointing at "John" on the heap', async () => {
    const t = await trace('employee_bonus.rs');
    const john = ofKind(t, 'local_init').find((e) => e.name === 'john')!;
    expect(john.ty).toBe('Employee');
    expect(john.frame).toBe(ofKind(t, 'frame_push')[0].frame);
    // Stack addresses are above the heap's; john is 32 bytes like rustc's Employee (&str 16 + 3 × i32, aligned to 8).
    expect(john.size).toBe(32);
    expect(john.value.t).toBe('struct');
    const fields = john.value.t === 'struct' ? john.value.fields : [];
    expect(fields.map((f) => f.name)).toEqual(['name', 'salary', 'sales', 'bonus']);
    expect(fields.slice(1).map((f) => f.value)).toEqual([{ t: 'int', v: '5000' }, { t: 'int', v: '5' }, { t: 'int', v: '0' }]);

    // At the last step before main returns, name's pointer lands in a live heap block holding "John".
    const timeline = createTimeline(t);
    const printStep = ofKind(t, 'output')[0].step;
    const state = timeline.stateAtStep(printStep);
    const slot = state.frames[0].slots.find((s) => s.name === 'john')!;
    const name = slot.value.t === 'struct' ? slot.value.fields[0].value : null;
    expect(name?.t).toBe('ptr');
    const target = locate(state, name!.t === 'ptr' ? name!.addr : 0);
    expect(target?.region).toBe('heap');
    const block = state.heap.find((b) => b.id === target!.block)!;
    expect(block.value).toEqual({ t: 'str', text: 'John' });
    expect(john.addr).toBeGreaterThan(block.addr);
    // bonus was written back into john on the stack.
    expect(slot.value.t === 'struct' && slot.value.fields[3].value).toEqual({ t: 'int', v: '2500' });
  });

  it('borrows salary into the calls and copies sales', async () => {
    const t = await trace('employee_bonus.rs');
    const borrow = ofKind(t, 'borrow').find((e) => e.of.name === 'john.salary');
    expect(borrow?.mut).toBe(false);
    expect(ofKind(t, 'copy').some((e) => e.from.name === 'john.sales')).toBe(true);
  });

  it('frees the heap and ends with exit code 0', async () => {
    const t = await trace('employee_bonus.rs');
    expect(ofKind(t, 'heap_alloc').length).toBe(ofKind(t, 'heap_free').length);
    expect(t.events.at(-1)).toMatchObject({ kind: 'exit', code: 0 });
  });
});

describe('article program 3: RAII with create_box', () => {
  it('matches its golden trace (the start, two loop iterations, and the end)', async () => {
    const t = await trace('create_box_raii.rs');
    const lines = t.events.map(printEvent);
    const pushes = t.events.filter((e) => e.kind === 'frame_push' && e.fn === 'create_box');
    const thirdCall = t.events.indexOf(pushes[2]);
    const lastCallEnd = t.events.findLastIndex((e) => e.kind === 'frame_pop') - 1;
    golden('create_box_raii', [...lines.slice(0, thirdCall), '...', ...lines.slice(lastCallEnd - 12)]);
  });

  it('allocates _var_1 first and frees it last, at the end of main', async () => {
    const t = await trace('create_box_raii.rs');
    const allocs = ofKind(t, 'heap_alloc');
    const frees = ofKind(t, 'heap_free');
    const var1 = ofKind(t, 'local_init').find((e) => e.name === '_var_1')!;
    expect(var1.ty).toBe('Box<u32>');
    expect(allocs[0].value).toEqual({ t: 'int', v: '5' });
    expect(frees.at(-1)!.block).toBe(allocs[0].block);
    const mainPop = t.events.findLast((e) => e.kind === 'frame_pop')!;
    expect(frees.at(-1)!.seq).toBeLessThan(mainPop.seq);
  });

  it('frees _var_2 when its block ends, before the loop starts', async () => {
    const t = await trace('create_box_raii.rs');
    const var2 = ofKind(t, 'local_init').find((e) => e.name === '_var_2')!;
    expect(var2.ty).toBe('Box<&str>');
    // The box holds a &str that points into static memory, not the heap.
    const boxed = ofKind(t, 'heap_alloc')[1];
    expect(boxed.value.t).toBe('ptr');
    const literal = ofKind(t, 'static_alloc').find((s) => s.value.t === 'str' && s.value.text === 'Hello 2')!;
    expect(boxed.value.t === 'ptr' && boxed.value.addr).toBe(literal.addr);
    const freed = ofKind(t, 'heap_free').find((f) => f.block === boxed.block)!;
    const firstCall = t.events.find((e) => e.kind === 'frame_push' && e.fn === 'create_box')!;
    expect(freed.seq).toBeLessThan(firstCall.seq);
  });

  it('allocates and frees the 1,000 boxes one by one, each inside its own create_box frame', async () => {
    const t = await trace('create_box_raii.rs');
    let calls = 0;
    let live = new Set<number>();
    let inCall = false;
    for (const e of t.events) {
      if (e.kind === 'frame_push' && e.fn === 'create_box') {
        calls++;
        inCall = true;
        live = new Set();
      } else if (inCall && e.kind === 'heap_alloc') live.add(e.block);
      else if (inCall && e.kind === 'heap_free') live.delete(e.block);
      else if (inCall && e.kind === 'frame_pop') {
        // Each call allocated its String buffer and its Box, and freed both before returning.
        expect(live.size).toBe(0);
        inCall = false;
      }
    }
    expect(calls).toBe(1000);
    const texts = ofKind(t, 'heap_alloc').filter((a) => a.value.t === 'str').map((a) => (a.value.t === 'str' ? a.value.text : ''));
    expect(texts[0]).toBe('Hello 0');
    expect(texts.at(-1)).toBe('Hello 999');
    expect(ofKind(t, 'heap_alloc').length).toBe(ofKind(t, 'heap_free').length);
  });
});

describe('article programs 2 and 4: what the borrow checker says', () => {
  it('program 2: `bar` is used after its block ends (E0425)', async () => {
    const engine = await getEngine();
    const result = engine.check(read('scope_foo_bar.rs'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([['E0425', 12, 'cannot find value `bar` in this scope']]);
  });

  it('program 4: boxed is moved while borrowed (E0505), then used after the move (E0382)', async () => {
    const engine = await getEngine();
    const result = engine.check(read('take_ownership_borrow.rs'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.span.line])).toEqual([
      ['E0505', 27],
      ['E0382', 35],
    ]);
  });
});
