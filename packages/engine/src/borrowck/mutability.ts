// Writes and `&mut` borrows need a mutable path: E0384 (assigning twice to an
// immutable binding), E0594 (assigning through `&` or to an immutable
// binding's field) and E0596 (borrowing mutably what is not mutable).

import { error, label, type Diagnostic } from '../diagnostics.js';
import type { Body, Place } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import { isCounted, isSharedGuard } from '../types/ty.js';
import type { Access } from './accesses.js';
import type { Cfg } from './cfg.js';
import type { InitResults } from './moves.js';
import type { PlaceTyper } from './places.js';

type Why =
  | { readonly k: 'ok' }
  /** The root binding is not `mut`. */
  | { readonly k: 'binding'; readonly local: number }
  /** Behind a shared reference held in `refPlace`. */
  | { readonly k: 'sharedRef'; readonly refPlace: Place }
  /** Behind a `*const` raw pointer. */
  | { readonly k: 'constPtr' }
  /** Behind an Rc or a Ref guard. */
  | { readonly k: 'sharedPointer'; readonly what: string }
  /** A Vec/String/RefMut (DerefMut) whose owner binding is not `mut`: the implicit `&mut` borrow fails. */
  | { readonly k: 'overloaded'; readonly basePlace: Place; readonly local: number };

function whyImmutable(body: Body, typer: PlaceTyper, place: Place): Why {
  const tys = typer.prefixTys(body, place);
  // Walk from the outermost projection inwards; a deref of `&mut` makes the binding's own mutability irrelevant.
  for (let i = place.proj.length - 1; i >= 0; i--) {
    const p = place.proj[i];
    if (p.k !== 'deref') continue;
    const base = tys[i].ty;
    const basePlace: Place = { local: place.local, proj: place.proj.slice(0, i) };
    // A raw pointer: what `*mut` points at is writable whatever the binding; `*const`'s is not.
    if (base.k === 'ptr') return base.mut ? { k: 'ok' } : { k: 'constPtr' };
    if (base.k === 'ref') {
      if (!base.mut) return { k: 'sharedRef', refPlace: basePlace };
      // `&mut`: mutable if nothing further in is a shared reference.
      for (let j = i - 1; j >= 0; j--) {
        const t = tys[j].ty;
        if (place.proj[j].k === 'deref' && t.k === 'ref' && !t.mut) return { k: 'sharedRef', refPlace: { local: place.local, proj: place.proj.slice(0, j) } };
        if (place.proj[j].k === 'deref' && isShared(t)) return { k: 'sharedPointer', what: pointerName(typer, t) };
      }
      return { k: 'ok' };
    }
    if (isShared(base)) return { k: 'sharedPointer', what: pointerName(typer, base) };
    if (base.k === 'builtin' && base.name !== 'Box') {
      // Vec indexing, String, RefMut: DerefMut needs `&mut base`.
      const inner = whyImmutable(body, typer, basePlace);
      if (inner.k === 'binding') return { k: 'overloaded', basePlace, local: inner.local };
      return inner;
    }
  }
  const decl = body.locals[place.local];
  if (!decl || decl.mutable || decl.kind === 'temp' || decl.kind === 'return') return { k: 'ok' };
  return { k: 'binding', local: place.local };
}

/** Data behind a shared pointer, in rustc's words: "an `Rc`", "dereference of `Ref<'_, T>`". */
function pointee(what: string): string {
  if (what.startsWith('Rc<')) return 'an `Rc`';
  if (what.startsWith('Arc<')) return 'an `Arc`';
  return `dereference of \`${what}\``;
}

/** A shared pointer's type as rustc prints it in these errors: `Ref<'_, Vec<i32>>`. */
function pointerName(typer: PlaceTyper, t: import('../types/ty.js').Ty): string {
  const s = typer.tyString(t);
  if (s.startsWith('Ref<')) return `Ref<'_, ${s.slice(4)}`;
  if (s.startsWith('RwLockReadGuard<')) return `RwLockReadGuard<'_, ${s.slice(16)}`;
  return s;
}

function isShared(t: import('../types/ty.js').Ty): boolean {
  return t.k === 'builtin' && (isCounted(t.name) || isSharedGuard(t.name));
}

export function checkMutability(cfg: Cfg, typer: PlaceTyper, accesses: readonly Access[][], init: InitResults): Diagnostic[] {
  const body = cfg.body;
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  /** E0596 "not declared as mutable", per binding. */
  const notMut = new Map<number, Diagnostic[]>();
  const push = (key: string, d: Diagnostic | null) => {
    if (!d || seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  for (const b of cfg.rpo) {
    const first = cfg.start[b];
    for (let point = first; point <= first + cfg.blocks[b].stmts.length; point++) {
      for (const a of accesses[point] ?? []) {
        if (a.kind !== 'assign' && a.kind !== 'mutBorrow') continue;
        // Closure environments are typed by the front end's convention; their captures are checked in the
        // parent, except in a closure held to `Fn` (by the bound it was passed to) that writes to one.
        if (body.kind === 'closure' && a.place.local === 1) {
          // Through a captured Rc or Arc (`*count += 1`): the data is shared whatever the closure's kind.
          const inner = whyImmutable(body, typer, a.place);
          const d = inner.k === 'sharedPointer' ? (a.kind === 'assign' ? assignError(cfg, typer, init, point, a, inner) : borrowError(body, typer, a.place, a.span, inner)) : writeToFnCapture(body, a);
          push(`${a.span.start}:${a.span.end}:${a.kind}`, d);
          continue;
        }
        const why = whyImmutable(body, typer, a.place);
        if (why.k === 'ok') continue;
        const key = `${a.span.start}:${a.span.end}:${a.kind}`;
        if (a.kind === 'assign') push(key, assignError(cfg, typer, init, point, a, why));
        else {
          const before = out.length;
          push(key, borrowError(body, typer, a.place, a.span, why));
          if (out.length > before && (why.k === 'binding' || why.k === 'overloaded')) {
            const list = notMut.get(why.local) ?? [];
            list.push(out[before]);
            notMut.set(why.local, list);
          }
        }
      }
    }
  }
  // One binding borrowed mutably in several places: rustc reports it once, at the binding.
  for (const [local, list] of notMut) {
    const decl = body.locals[local];
    if (list.length < 2 || !decl) continue;
    const merged = error('borrowck', 'E0596', list[0].message, decl.span, [label(decl.span, 'not mutable', true), ...list.map((d) => label(d.span, 'cannot borrow as mutable'))]);
    const first = out.indexOf(list[0]);
    out[first] = merged;
    for (const d of list.slice(1)) out.splice(out.indexOf(d), 1);
  }
  return out;
}

function assignError(cfg: Cfg, typer: PlaceTyper, init: InitResults, point: number, a: Access, why: Why): Diagnostic | null {
  const body = cfg.body;
  if (why.k === 'sharedPointer')
    return error('borrowck', 'E0594', `cannot assign to data in ${pointee(why.what)}`, a.span, [label(a.span, 'cannot assign', true)]);
  const name = typer.describe(body, a.place);
  if (!name) return null;
  if (why.k === 'binding' && a.place.proj.length === 0) {
    const decl = body.locals[why.local];
    const md = init.moveData;
    const root = md.roots[why.local];
    const everInit = init.everInit.at(point);
    const everAssigned = md.descendants(root).some((p) => everInit.has(p));
    // `let x; x = 1;` is a first initialization; rustc's test is "ever initialized", so the
    // same assignment run again by a loop is a second one.
    if (!everAssigned) return null;
    if (decl.kind === 'arg')
      return error('borrowck', 'E0384', `cannot assign to immutable argument \`${name}\``, a.span, [label(a.span, 'cannot assign to immutable argument', true)]);
    return error('borrowck', 'E0384', `cannot assign twice to immutable variable \`${name}\``, a.span, [label(a.span, 'cannot assign twice to immutable variable', true)]);
  }
  switch (why.k) {
    case 'binding':
      return error('borrowck', 'E0594', `cannot assign to \`${name}\`, as \`${body.locals[why.local].name}\` is not declared as mutable`, a.span, [label(a.span, 'cannot assign', true)]);
    case 'sharedRef': {
      const r = typer.describe(body, why.refPlace);
      return error('borrowck', 'E0594', `cannot assign to \`${name}\`, which is behind a \`&\` reference`, a.span, [
        label(a.span, r ? `\`${r}\` is a \`&\` reference, so it cannot be written to` : 'cannot assign', true),
      ]);
    }
    case 'overloaded':
      return borrowError(body, typer, why.basePlace, a.span, { k: 'binding', local: why.local });
    case 'constPtr':
      return error('borrowck', 'E0594', `cannot assign to \`${name}\`, which is behind a \`*const\` pointer`, a.span, [label(a.span, 'cannot assign', true)]);
    default:
      return null;
  }
}

function borrowError(body: Body, typer: PlaceTyper, place: Place, span: Span, why: Why): Diagnostic | null {
  // Data behind an Rc or a Ref is named by the pointer's type: a temporary one counts too (`c.borrow().push(4)`).
  if (why.k === 'sharedPointer')
    return error('borrowck', 'E0596', `cannot borrow data in ${pointee(why.what)} as mutable`, span, [label(span, 'cannot borrow as mutable', true)]);
  const name = typer.describe(body, place);
  if (!name) return null;
  switch (why.k) {
    case 'binding': {
      // rustc names the variable when the place is a part of it: "`pair.0` …, as `pair` is not declared as mutable".
      const owner = body.locals[why.local].name;
      const as = name === owner || !owner ? 'it' : `\`${owner}\``;
      return error('borrowck', 'E0596', `cannot borrow \`${name}\` as mutable, as ${as} is not declared as mutable`, span, [label(span, 'cannot borrow as mutable', true)]);
    }
    case 'overloaded':
      return borrowError(body, typer, why.basePlace, span, { k: 'binding', local: why.local });
    case 'sharedRef': {
      const r = typer.describe(body, why.refPlace);
      return error('borrowck', 'E0596', `cannot borrow \`${name}\` as mutable, as it is behind a \`&\` reference`, span, [
        label(span, r ? `\`${r}\` is a \`&\` reference, so it cannot be borrowed as mutable` : 'cannot borrow as mutable', true),
      ]);
    }
    default:
      return null;
  }
}

/** A write to (or `&mut` of) a capture of a closure whose environment is a shared reference: an `Fn` closure. */
function writeToFnCapture(body: Body, a: Access): Diagnostic | null {
  const env = body.locals[1]?.ty;
  const [d, f] = a.place.proj;
  if (env?.k !== 'ref' || env.mut || d?.k !== 'deref' || f?.k !== 'field') return null;
  const name = body.captures?.[f.index]?.name;
  if (!name) return null;
  return a.kind === 'assign'
    ? error('borrowck', 'E0594', `cannot assign to \`${name}\`, as it is a captured variable in a \`Fn\` closure`, a.span, [label(a.span, 'cannot assign', true)])
    : error('borrowck', 'E0596', `cannot borrow \`${name}\` as mutable, as it is a captured variable in a \`Fn\` closure`, a.span, [label(a.span, 'cannot borrow as mutable', true)]);
}
