// Promoted constants: rustc turns a borrow of a constant expression (`&5`, `&[1, 2]`) into a
// borrow of a static. The borrow checker then never finds such a temporary "dropped while
// borrowed", and the interpreter gives the reference static memory. One rule for both.

import type { Body } from './mir.js';

const cache = new WeakMap<Body, ReadonlySet<number>>();

/** The temporaries of `body` that only ever hold a constant (never a call's result or a partial write). */
export function promotedTemps(body: Body): ReadonlySet<number> {
  let set = cache.get(body);
  if (set) return set;
  const constant = new Set<number>();
  const other = new Set<number>();
  for (const block of body.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign') continue;
      const rv = st.rvalue;
      const isConst = (rv.k === 'use' && rv.op.k === 'const' && rv.op.value.k !== 'fmt') || (rv.k === 'aggregate' && rv.kind.k !== 'closure' && rv.ops.every((o) => o.k === 'const'));
      (isConst && st.place.proj.length === 0 ? constant : other).add(st.place.local);
    }
    if (block.term.k === 'call') other.add(block.term.dest.local);
  }
  set = new Set([...constant].filter((l) => !other.has(l) && body.locals[l]?.kind === 'temp'));
  cache.set(body, set);
  return set;
}
