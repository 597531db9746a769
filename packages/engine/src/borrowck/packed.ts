// E0793: a reference to a field of a `#[repr(packed)]` struct. The field may
// sit at any byte, so a reference to it may be unaligned, which is undefined
// behaviour even unused: rustc refuses every borrow (explicit `&p.x`, a
// method's autoref, `println!`'s arguments, `ref` bindings) of a field whose
// type needs more alignment than the struct's packing gives.

import { error, label, type Diagnostic } from '../diagnostics.js';
import { LayoutCx } from '../layout/layout.js';
import type { Body, Place, Program, Rvalue } from '../mir/mir.js';
import type { Ty } from '../types/ty.js';
import { substTy, type PlaceTyper } from './places.js';

/** Whether the program has a packed struct at all (most have none: the check is then skipped). */
export function hasPacked(program: Program): boolean {
  return program.adts.some((a) => a?.repr?.pack != null);
}

export function checkPackedRefs(body: Body, typer: PlaceTyper, layout: LayoutCx): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const block of body.blocks) {
    for (const s of block.stmts) {
      if (s.k !== 'assign') continue;
      const place = borrowed(s.rvalue);
      const pack = place && packOf(body, typer, place);
      if (!place || pack === null || !misaligned(body, typer, layout, place, pack)) continue;
      const struct = pack === 1 ? '1-byte aligned' : `at most ${pack}-byte aligned`;
      out.push(error('borrowck', 'E0793', 'reference to field of packed struct is unaligned', s.span, [label(s.span, '', true)], [
        `note: this struct is ${struct}, but the type of this field may require higher alignment`,
        'note: creating a misaligned reference is undefined behavior (even if that reference is never dereferenced)',
        'help: copy the field contents to a local variable, or replace the reference with a raw pointer and use `read_unaligned`/`write_unaligned` (loads and stores via `*p` must be properly aligned even when using raw pointers)',
      ]));
    }
  }
  return out;
}

/**
 * The place a statement borrows: `&place`, or an operand of a comparison of values that are not
 * scalars (`p.name == "x"` is `PartialEq::eq(&p.name, &"x")` to rustc).
 */
function borrowed(rv: Rvalue): Place | null {
  if (rv.k === 'ref') return rv.place;
  if (rv.k !== 'binary' || !COMPARISONS.has(rv.op) || SCALARS.has(rv.ty.k)) return null;
  const op = [rv.left, rv.right].find((o) => o.k === 'copy' || o.k === 'move');
  return op && (op.k === 'copy' || op.k === 'move') ? op.place : null;
}

const COMPARISONS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const SCALARS = new Set(['int', 'float', 'bool', 'char', 'fnptr', 'fndef']);

/** The smallest packing of the structs the place is a field of, up to the nearest deref (past it, alignment is the pointer's). */
function packOf(body: Body, typer: PlaceTyper, place: Place): number | null {
  const tys = typer.prefixTys(body, place);
  let pack: number | null = null;
  for (let i = place.proj.length - 1; i >= 0 && place.proj[i].k !== 'deref'; i--) {
    const base = tys[i].ty;
    const p = base.k === 'adt' ? typer.program.adts[base.adt]?.repr?.pack ?? null : null;
    if (p !== null) pack = pack === null ? p : Math.min(pack, p);
  }
  return pack;
}

/** rustc's `is_disaligned`: the field's type needs more than `pack`, or its layout is not known (a type parameter). */
function misaligned(body: Body, typer: PlaceTyper, layout: LayoutCx, place: Place, pack: number): boolean {
  const ty = typer.prefixTys(body, place).at(-1)!.ty;
  const sized = ty.k === 'str' ? null : ty.k === 'slice' ? ty.elem : ty;
  if (sized === null) return false;
  if (!concrete(sized)) return true;
  return layout.of(sized).align > pack;
}

function concrete(t: Ty): boolean {
  switch (t.k) {
    case 'param': case 'infer': case 'error': case 'dyn': return false;
    case 'tuple': return t.elems.every(concrete);
    case 'array': case 'slice': return concrete(t.elem);
    case 'adt': case 'builtin': return t.args.every(concrete);
    default: return true;
  }
}

export function packedLayout(program: Program): LayoutCx {
  return new LayoutCx(program.adts, (t, _adt, args) => substTy(t, args));
}
