// Promoted constants: rustc turns a borrow of a constant expression (`&5`, `&[1, 2]`) into a
// borrow of a static. The borrow checker then never finds such a temporary "dropped while
// borrowed", and the interpreter gives the reference static memory. One rule for both.

import type { Body, Operand, Rvalue } from './mir.js';

const cache = new WeakMap<Body, ReadonlySet<number>>();

/**
 * The temporaries of `body` that only ever hold one constant (never a call's result, a partial write or one of two values):
 * a constant, or an aggregate of constants and of such temporaries (`&[(1, 2), (3, 4)]`).
 */
export function promotedTemps(body: Body): ReadonlySet<number> {
  let set = cache.get(body);
  if (set) return set;
  const writes = new Map<number, Rvalue[]>();
  const other = new Set<number>();
  for (const block of body.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign') continue;
      if (st.place.proj.length > 0 || body.locals[st.place.local]?.kind !== 'temp') other.add(st.place.local);
      else writes.set(st.place.local, [...(writes.get(st.place.local) ?? []), st.rvalue]);
    }
    if (block.term.k === 'call') other.add(block.term.dest.local);
  }
  // Nested aggregates are built inside out, so a fixed point settles which temporaries are constant.
  const found = new Set<number>();
  const constOp = (o: Operand): boolean => (o.k === 'const' && o.value.k !== 'fmt') || (o.k !== 'const' && o.place.proj.length === 0 && found.has(o.place.local));
  const isConst = (rv: Rvalue): boolean => (rv.k === 'use' && constOp(rv.op)) || (rv.k === 'aggregate' && rv.kind.k !== 'closure' && rv.ops.every(constOp));
  for (let grew = true; grew;) {
    grew = false;
    for (const [local, rvs] of writes) {
      // Written once (`if c { 1 } else { 0 }` writes its temporary in each branch: not a constant).
      if (found.has(local) || other.has(local) || rvs.length !== 1 || !isConst(rvs[0])) continue;
      found.add(local);
      grew = true;
    }
  }
  cache.set(body, found);
  return found;
}
