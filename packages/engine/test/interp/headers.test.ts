// String and Vec headers as the interpreter reports them: the `ptr` field
// always points at the live buffer, also when a push allocates or grows it,
// so the diagram's arrows and "who owns this block" keys follow it.
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../src/events/seek.js';
import { getEngine } from '../support/engine.js';

async function trace(source: string) {
  const r = (await getEngine()).run(source);
  if (!r.trace) throw new Error('no trace: ' + r.diagnostics.map((d) => d.message).join('; '));
  return r.trace;
}

describe('String and Vec headers', () => {
  it.each([
    ['Vec::new then push (first allocation)', 'let mut v: Vec<i32> = Vec::new();\n    v.push(1);', 1],
    ['Vec grows past its capacity (reallocation)', 'let mut v: Vec<i32> = Vec::with_capacity(1);\n    v.push(1);\n    v.push(2);', 1],
    ['String::new then push_str', 'let mut v = String::new();\n    v.push_str("hi");', 1],
  ])('%s: every write to v.ptr is a raw pointer at the live buffer', async (_name, body, buffers) => {
    const t = await trace(`fn main() {\n    ${body}\n    println!("{}", v.len());\n}\n`);
    const writes = t.events.filter((e) => e.kind === 'write' && e.target.name === 'v.ptr');
    expect(writes.length).toBeGreaterThan(0);
    const timeline = createTimeline(t);
    for (const w of writes) {
      if (w.kind !== 'write') continue;
      expect(w.value).toMatchObject({ t: 'ptr', kind: 'raw' });
      const state = timeline.stateAtStep(w.step);
      const live = state.heap.filter((b) => b.addr === (w.value as { addr: number }).addr);
      expect(live).toHaveLength(buffers);
    }
  });
});
