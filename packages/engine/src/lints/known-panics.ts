// rustc's known-panics lint: an arithmetic operation or an array index whose
// operands the compiler can see are constants, and that would panic, is a
// compile error (`arithmetic_overflow` and `unconditional_panic`, both deny by
// default). `let x: u8 = 255; let y = x + 1;` does not compile; it is not a
// run-time panic.
//
// What counts as "can see" is rustc's, not ours to improve on: a teacher who
// shows an overflow panic relies on the exact boundary. rustc propagates
// constants through a body's blocks from its entry, past a branch on a known
// value only into the branch taken (code that cannot run is not linted), and
//  - a local that is borrowed or dropped anywhere in the body is never known
//    (`println!("{}", x)` borrows `x`, so `x + 1` after it is a run-time panic);
//  - a local assigned once is known wherever its value was computed from known values;
//  - a local assigned more than once is known only inside the basic block that
//    assigned it. rustc's blocks end at every call and at every checked
//    operation (its overflow, divide-by-zero and bounds asserts); ours end at
//    calls and bounds checks, so a checked operation here ends a block too.
// Where this pass is unsure it knows nothing, so it can only miss an error, never invent one.

import { error, label, type Diagnostic } from '../diagnostics.js';
import type { Body, Operand, Place, Program, Rvalue, Statement } from '../mir/mir.js';
import { Cfg } from '../borrowck/cfg.js';
import { intBits, isSigned, type IntTy, type Ty } from '../types/ty.js';

type KVal =
  | { readonly k: 'int'; readonly v: bigint; readonly ty: IntTy }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'char'; readonly v: number }
  | { readonly k: 'agg'; readonly elems: readonly (KVal | null)[] };

type Mode = 'full' | 'ownBlock' | 'none';

const COMPOUND_FORGETS: Partial<Record<string, string>> = { div: '/=', rem: '%=', shl: '<<=', shr: '>>=' };

const OVERFLOW = 'this arithmetic operation will overflow';
const PANIC = 'this operation will panic at runtime';

/** The lint's errors for one body (a fn, method or closure that borrowck accepted). */
export function knownPanics(program: Program, body: Body, cfg: Cfg = new Cfg(body)): Diagnostic[] {
  if (body.kind === 'const' || body.kind === 'static') return constEvalErrors(program, body, cfg);
  if (body.kind !== 'fn' && body.kind !== 'method' && body.kind !== 'closure') return [];
  return new KnownPanics(program, body).run(cfg);
}

/**
 * A `const` or `static` is evaluated by the compiler: a panic there is E0080 ("evaluation of `BIG`
 * failed here"), not a lint. Its initializer sees the same constants the lint does, and more.
 */
function constEvalErrors(program: Program, body: Body, cfg: Cfg): Diagnostic[] {
  const def = (body.kind === 'const' ? program.consts : program.statics).find((d) => d.body === body.id);
  if (!def) return [];
  return new KnownPanics(program, body).run(cfg).slice(0, 1).map((d) => {
    const what = d.labels[0]?.message ?? d.message;
    return error('borrowck', 'E0080', what, d.span, [label(d.span, `evaluation of \`${def.name}\` failed here`, true)]);
  });
}

class KnownPanics {
  private readonly modes: Mode[];
  private readonly values = new Map<number, KVal>();
  private readonly out: Diagnostic[] = [];

  constructor(private readonly program: Program, private readonly body: Body, private readonly constDepth = 0) {
    this.modes = localModes(body);
  }

  run(cfg: Cfg): Diagnostic[] {
    // rustc walks the blocks from the entry, and past a branch on a known value only into the
    // branch taken: code that cannot run is not linted.
    const visited = new Set<number>();
    const worklist = [0];
    while (worklist.length > 0) {
      const b = worklist.pop()!;
      if (visited.has(b) || b >= this.body.blocks.length) continue;
      visited.add(b);
      const block = this.body.blocks[b];
      for (const st of block.stmts) this.statement(st);
      const term = block.term;
      if (term.k === 'assert' && term.msg.k === 'bounds') {
        const cond = this.operand(term.cond);
        const len = this.operand(term.msg.len);
        const index = this.operand(term.msg.index);
        if (cond?.k === 'bool' && cond.v !== term.expected && len?.k === 'int' && index?.k === 'int') {
          this.report(PANIC, term.span, `index out of bounds: the length is ${len.v} but the index is ${index.v}`, 'unconditional_panic');
        }
      } else if (term.k === 'call') {
        this.forget(term.dest.local);
      }
      const taken = term.k === 'switch' ? this.switchTarget(term.discr, term.values, term.targets, term.otherwise) : null;
      this.endBlock();
      if (taken !== null) worklist.push(taken);
      else worklist.push(...[...cfg.succs[b]].reverse());
    }
    return this.out;
  }

  /** The one target a switch on a known value jumps to, or null. */
  private switchTarget(discr: Operand, values: readonly bigint[], targets: readonly number[], otherwise: number): number | null {
    const v = this.operand(discr);
    if (!v) return null;
    const n = v.k === 'int' ? v.v : v.k === 'bool' ? (v.v ? 1n : 0n) : v.k === 'char' ? BigInt(v.v) : null;
    if (n === null) return null;
    const i = values.indexOf(n);
    return i >= 0 ? targets[i] : otherwise;
  }

  /** The value a const item's body computes, when that body is straight-line arithmetic on literals. */
  returnValue(): KVal | null {
    if (this.body.blocks.length === 0) return null;
    for (const st of this.body.blocks[0].stmts) this.statement(st);
    return this.out.length ? null : this.values.get(0) ?? null;
  }

  private statement(st: Statement): void {
    if (st.k === 'storageLive' || st.k === 'storageDead') {
      this.values.delete(st.local);
      return;
    }
    if (st.k !== 'assign') return;
    let v = this.rvalue(st.rvalue, st);
    if (isChecked(st.rvalue)) this.endBlock();
    // rustc knows nothing of the target of `x /= c`, `x %= c`, `x <<= c` or `x >>= c` afterwards
    // (it does of `x = x / c` and of `x += c`).
    if (st.rvalue.k === 'binary' && COMPOUND_FORGETS[st.rvalue.op] && this.program.source.slice(st.span.start, st.span.end).includes(COMPOUND_FORGETS[st.rvalue.op]!)) v = null;
    this.store(st.place, v);
  }

  private store(place: Place, v: KVal | null): void {
    const mode = this.modes[place.local];
    if (place.proj.length > 0 || v === null || mode === 'none') {
      if (place.proj.length === 0 || place.proj[0].k !== 'deref') this.forget(place.local);
      return;
    }
    this.values.set(place.local, v);
  }

  private forget(local: number): void {
    this.values.delete(local);
  }

  private endBlock(): void {
    for (const local of [...this.values.keys()]) if (this.modes[local] === 'ownBlock') this.values.delete(local);
  }

  private rvalue(rv: Rvalue, st: Statement & { k: 'assign' }): KVal | null {
    switch (rv.k) {
      case 'use': return this.operand(rv.op);
      case 'binary': return this.binary(rv.op, this.operand(rv.left), this.operand(rv.right), rv.ty, st);
      case 'unary': {
        const x = this.operand(rv.operand);
        if (!x) return null;
        if (rv.op === 'not') {
          if (x.k === 'bool') return { k: 'bool', v: !x.v };
          if (x.k === 'int') return int(x.ty, wrap(x.ty, ~x.v));
          return null;
        }
        if (x.k !== 'int') return null;
        if (isSigned(x.ty) && x.v === minOf(x.ty)) {
          this.report(OVERFLOW, st.span, `attempt to negate \`${show(x)}\`, which would overflow`, 'arithmetic_overflow');
          return null;
        }
        return int(x.ty, -x.v);
      }
      case 'cast': {
        const x = this.operand(rv.op);
        if (!x || rv.to.k !== 'int') return null;
        const to = rv.to.int;
        if (x.k === 'int') return int(to, wrap(to, x.v));
        if (x.k === 'bool') return int(to, x.v ? 1n : 0n);
        if (x.k === 'char') return int(to, wrap(to, BigInt(x.v)));
        return null;
      }
      case 'aggregate':
        if (rv.kind.k !== 'tuple' && rv.kind.k !== 'array' && !(rv.kind.k === 'adt' && this.program.adts[rv.kind.adt]?.kind === 'struct')) return null;
        return { k: 'agg', elems: rv.ops.map((o) => this.operand(o)) };
      case 'len': {
        const t = this.placeTy(rv.place);
        return t?.k === 'array' && typeof t.len === 'number' ? int('usize', BigInt(t.len)) : null;
      }
      default: return null;
    }
  }

  private binary(op: string, l: KVal | null, r: KVal | null, ty: Ty, st: Statement & { k: 'assign' }): KVal | null {
    // A division by a known zero panics whatever the dividend: rustc prints an unknown one as `_`.
    if ((op === 'div' || op === 'rem') && r?.k === 'int' && r.v === 0n && ty.k === 'int' && (!l || l.k === 'int')) {
      const dividend = l ? show(l) : '_';
      this.report(PANIC, st.span, op === 'div' ? `attempt to divide \`${dividend}\` by zero` : `attempt to calculate the remainder of \`${dividend}\` with a divisor of zero`, 'unconditional_panic');
      return null;
    }
    // So does a shift by a known amount of bits too many (read as unsigned: a negative one is huge).
    if ((op === 'shl' || op === 'shr') && r?.k === 'int' && ty.k === 'int') {
      const amount = r.v < 0n ? r.v + (1n << BigInt(intBits(r.ty))) : r.v;
      if (amount >= BigInt(intBits(ty.int))) {
        this.report(OVERFLOW, st.span, `attempt to shift ${op === 'shl' ? 'left' : 'right'} by \`${show(r)}\`, which would overflow`, 'arithmetic_overflow');
        return null;
      }
    }
    if (!l || !r) return null;
    if (l.k === 'bool' && r.k === 'bool') {
      switch (op) {
        case 'eq': return bool(l.v === r.v);
        case 'ne': return bool(l.v !== r.v);
        case 'bitAnd': return bool(l.v && r.v);
        case 'bitOr': return bool(l.v || r.v);
        case 'bitXor': return bool(l.v !== r.v);
        default: return null;
      }
    }
    if (l.k !== 'int' || r.k !== 'int' || ty.k !== 'int') return null;
    const t = l.ty;
    switch (op) {
      case 'eq': return bool(l.v === r.v);
      case 'ne': return bool(l.v !== r.v);
      case 'lt': return bool(l.v < r.v);
      case 'le': return bool(l.v <= r.v);
      case 'gt': return bool(l.v > r.v);
      case 'ge': return bool(l.v >= r.v);
      case 'bitAnd': return int(t, l.v & r.v);
      case 'bitOr': return int(t, l.v | r.v);
      case 'bitXor': return int(t, l.v ^ r.v);
      case 'shl': case 'shr': return int(t, op === 'shl' ? wrap(t, l.v << r.v) : l.v >> r.v);
      case 'add': case 'sub': case 'mul': {
        const exact = op === 'add' ? l.v + r.v : op === 'sub' ? l.v - r.v : l.v * r.v;
        if (exact < minOf(t) || exact > maxOf(t)) {
          const sym = op === 'add' ? '+' : op === 'sub' ? '-' : '*';
          this.report(OVERFLOW, st.span, `attempt to compute \`${show(l)} ${sym} ${show(r)}\`, which would overflow`, 'arithmetic_overflow');
          return null;
        }
        return int(t, exact);
      }
      case 'div': case 'rem': {
        if (isSigned(t) && r.v === -1n && l.v === minOf(t)) {
          const what = op === 'div' ? `attempt to compute \`${show(l)} / ${show(r)}\`, which would overflow` : `attempt to compute \`${show(l)} % ${show(r)}\`, which would overflow`;
          this.report(PANIC, st.span, what, 'unconditional_panic');
          return null;
        }
        // BigInt division truncates toward zero, as Rust's does.
        return int(t, op === 'div' ? l.v / r.v : l.v % r.v);
      }
      default: return null;
    }
  }

  private operand(op: Operand): KVal | null {
    if (op.k === 'const') {
      const c = op.value;
      // A literal too big for its type (itself an error) is what rustc makes of it: truncated.
      if (c.k === 'int') return op.ty.k === 'int' ? int(op.ty.int, wrap(op.ty.int, c.value)) : null;
      if (c.k === 'bool') return bool(c.value);
      if (c.k === 'char') return { k: 'char', v: c.value.codePointAt(0) ?? 0 };
      if (c.k === 'constItem') return this.constItem(c.id);
      return null;
    }
    return this.read(op.place);
  }

  private read(place: Place): KVal | null {
    let v: KVal | null = this.values.get(place.local) ?? null;
    for (const p of place.proj) {
      if (!v) return null;
      if (p.k === 'field' && v.k === 'agg') v = v.elems[p.index] ?? null;
      else if (p.k === 'index' && v.k === 'agg') {
        const i = this.values.get(p.local);
        v = i?.k === 'int' && i.v >= 0n && i.v < BigInt(v.elems.length) ? v.elems[Number(i.v)] : null;
      } else return null;
    }
    return v;
  }

  private constItem(id: number): KVal | null {
    const def = this.program.consts[id];
    const body = def ? this.program.fns[def.body] : undefined;
    if (!body || this.constDepth > 8) return null;
    return new KnownPanics(this.program, body, this.constDepth + 1).returnValue();
  }

  /** The type of a place, through fields of tuples, arrays and derefs of references (enough for `len`). */
  private placeTy(place: Place): Ty | null {
    let t: Ty | undefined = this.body.locals[place.local]?.ty;
    for (const p of place.proj) {
      if (!t) return null;
      if (p.k === 'deref' && t.k === 'ref') t = t.inner;
      else if (p.k === 'field' && t.k === 'tuple') t = t.elems[p.index];
      else if (p.k === 'field' && t.k === 'closure') t = t.captures[p.index];
      else if ((p.k === 'index' || p.k === 'constIndex') && (t.k === 'array' || t.k === 'slice')) t = t.elem;
      else return null;
    }
    return t ?? null;
  }

  private report(message: string, span: Statement['span'], what: string, lint: string): void {
    // rustc gives a lint's name where an error has its code (`--error-format=json` too).
    this.out.push(error('borrowck', lint, message, span, [label(span, what, true)], [`note: \`#[deny(${lint})]\` on by default`]));
  }
}

/** rustc's per-local propagation mode: borrowed or dropped → never; assigned once → everywhere; else → in its block. */
function localModes(body: Body): Mode[] {
  const stores = body.locals.map((_, i) => (i >= 1 && i <= body.argCount ? 1 : 0));
  const modes: Mode[] = body.locals.map(() => 'full');
  const none = (p: Place) => {
    if (p.proj.length === 0 || p.proj[0].k !== 'deref') modes[p.local] = 'none';
  };
  const store = (p: Place) => {
    if (p.proj.length === 0 || p.proj[0].k !== 'deref') stores[p.local]++;
  };
  for (const block of body.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign') continue;
      store(st.place);
      if (st.rvalue.k === 'ref') none(st.rvalue.place);
    }
    const t = block.term;
    if (t.k === 'call') store(t.dest);
    else if (t.k === 'drop') none(t.place);
  }
  for (let i = 0; i < modes.length; i++) if (modes[i] === 'full' && stores[i] > 1) modes[i] = 'ownBlock';
  return modes;
}

/** Operations rustc checks with an assert, which ends its basic block. */
function isChecked(rv: Rvalue): boolean {
  if (rv.k === 'binary') {
    const t = rv.ty.k;
    // On a type that is not primitive, rustc calls a trait method: a block boundary there too.
    if (t !== 'int' && t !== 'float' && t !== 'bool' && t !== 'char') return true;
    return t === 'int' && (rv.op === 'add' || rv.op === 'sub' || rv.op === 'mul' || rv.op === 'div' || rv.op === 'rem' || rv.op === 'shl' || rv.op === 'shr');
  }
  return rv.k === 'unary' && rv.op === 'neg' && rv.ty.k === 'int';
}

const int = (ty: IntTy, v: bigint): KVal => ({ k: 'int', v, ty });
const bool = (v: boolean): KVal => ({ k: 'bool', v });

function minOf(t: IntTy): bigint {
  return isSigned(t) ? -(1n << BigInt(intBits(t) - 1)) : 0n;
}

function maxOf(t: IntTy): bigint {
  return isSigned(t) ? (1n << BigInt(intBits(t) - 1)) - 1n : (1n << BigInt(intBits(t))) - 1n;
}

function wrap(t: IntTy, v: bigint): bigint {
  return isSigned(t) ? BigInt.asIntN(intBits(t), v) : BigInt.asUintN(intBits(t), v);
}

/** A constant as rustc's lint prints it: `i32::MAX`, `u8::MAX`, `i8::MIN`, else `5_u8`. */
function show(x: KVal): string {
  if (x.k !== 'int') return String((x as { v: unknown }).v);
  if (x.v === maxOf(x.ty)) return `${x.ty}::MAX`;
  if (isSigned(x.ty) && x.v === minOf(x.ty)) return `${x.ty}::MIN`;
  return `${x.v}_${x.ty}`;
}
