// The inference table: type variables, unification, and resolution.
// One table serves the whole crate (variable numbers are global), so types
// that cross bodies — an `impl Trait` return type's hidden type — can be
// inference variables too. Regions are ignored here: the borrow checker
// reasons about them on the MIR.
import type { TraitRef, Ty } from '../types/ty.js';
import { ERROR, arrayTy, lenTy, type ArrayLen } from '../types/ty.js';

type VarKind = 'general' | 'int' | 'float';

export class Infer {
  private readonly kinds: VarKind[] = [];
  private readonly values: (Ty | null)[] = [];

  fresh(kind: VarKind = 'general'): Ty {
    const v = this.kinds.length;
    this.kinds.push(kind);
    this.values.push(null);
    return { k: 'infer', var: v, kind };
  }

  /** Follows variable bindings at the top level only. */
  shallow(t: Ty): Ty {
    while (t.k === 'infer') {
      const v = this.values[t.var];
      if (v === null) return this.kinds[t.var] === t.kind ? t : { k: 'infer', var: t.var, kind: this.kinds[t.var] };
      t = v;
    }
    return t;
  }

  isUnresolved(t: Ty): boolean {
    return this.shallow(t).k === 'infer';
  }

  /** Replaces every bound variable, deeply. Unbound ones stay. */
  zonk(t: Ty): Ty {
    switch (t.k) {
      case 'infer': {
        const s = this.shallow(t);
        return s.k === 'infer' ? s : this.zonk(s);
      }
      case 'tuple': return t.elems.length === 0 ? t : { k: 'tuple', elems: t.elems.map((e) => this.zonk(e)) };
      case 'array': return arrayTy(this.zonk(t.elem), typeof t.len === 'number' ? t.len : this.zonk(t.len));
      case 'slice': return { k: 'slice', elem: this.zonk(t.elem) };
      case 'ref': return { k: 'ref', mut: t.mut, inner: this.zonk(t.inner), region: t.region };
      case 'ptr': return { k: 'ptr', mut: t.mut, inner: this.zonk(t.inner) };
      case 'adt': return t.args.length ? { k: 'adt', adt: t.adt, args: t.args.map((a) => this.zonk(a)) } : t;
      case 'builtin': return t.args.length ? { k: 'builtin', name: t.name, args: t.args.map((a) => this.zonk(a)) } : t;
      case 'fndef': return t.args.length ? { k: 'fndef', fn: t.fn, args: t.args.map((a) => this.zonk(a)) } : t;
      case 'fnptr': return { k: 'fnptr', inputs: t.inputs.map((a) => this.zonk(a)), output: this.zonk(t.output) };
      case 'closure': return { k: 'closure', fn: t.fn, captures: t.captures.map((a) => this.zonk(a)) };
      case 'opaque': return { ...t, actual: this.zonk(t.actual) };
      case 'dyn':
        return {
          k: 'dyn',
          traits: t.traits.map((tr) => ({
            trait: tr.trait,
            args: tr.args.map((a) => this.zonk(a)),
            ...(tr.fnSig ? { fnSig: { inputs: tr.fnSig.inputs.map((a) => this.zonk(a)), output: this.zonk(tr.fnSig.output) } } : {}),
          })),
          ...(t.region ? { region: t.region } : {}),
        };
      default: return t;
    }
  }

  /** Integer variables default to i32, floats to f64, anything else to the error type. */
  fallback(t: Ty): Ty {
    const s = this.shallow(t);
    if (s.k !== 'infer') return s;
    const value: Ty = s.kind === 'int' ? { k: 'int', int: 'i32' } : s.kind === 'float' ? { k: 'float', float: 'f64' } : ERROR;
    this.values[s.var] = value;
    return value;
  }

  /** Applies numeric fallback to every unbound numeric variable created since `from`. */
  fallbackNumericSince(from: number): void {
    for (let v = from; v < this.kinds.length; v++) {
      if (this.values[v] === null && this.kinds[v] !== 'general') this.fallback({ k: 'infer', var: v, kind: this.kinds[v] });
    }
  }

  /** Unbound general variables created since `from` (a body needing annotations). */
  unboundSince(from: number): number[] {
    const out: number[] = [];
    for (let v = from; v < this.kinds.length; v++) if (this.values[v] === null && this.kinds[v] === 'general') out.push(v);
    return out;
  }

  get count(): number {
    return this.kinds.length;
  }

  private bind(v: number, t: Ty): boolean {
    const kind = this.kinds[v];
    if (t.k === 'infer') {
      if (t.var === v) return true;
      const other = this.kinds[t.var];
      if (kind === 'general') { this.values[v] = t; return true; }
      if (other === 'general') { this.values[t.var] = { k: 'infer', var: v, kind }; return true; }
      if (other !== kind) return false;
      this.values[v] = t;
      return true;
    }
    if (kind === 'int' && t.k !== 'int') return t.k === 'error' || t.k === 'never';
    if (kind === 'float' && t.k !== 'float') return t.k === 'error' || t.k === 'never';
    if (t.k === 'never' || t.k === 'error') return true; // never coerces to anything; error absorbs
    if (this.occurs(v, t)) return false;
    this.values[v] = t;
    return true;
  }

  private occurs(v: number, t: Ty): boolean {
    const s = this.shallow(t);
    switch (s.k) {
      case 'infer': return s.var === v;
      case 'tuple': return s.elems.some((e) => this.occurs(v, e));
      case 'array': return this.occurs(v, s.elem) || (typeof s.len !== 'number' && this.occurs(v, s.len));
      case 'slice': return this.occurs(v, s.elem);
      case 'ref': case 'ptr': return this.occurs(v, s.inner);
      case 'adt': case 'builtin': case 'fndef': return s.args.some((e) => this.occurs(v, e));
      case 'fnptr': return s.inputs.some((e) => this.occurs(v, e)) || this.occurs(v, s.output);
      default: return false;
    }
  }

  /** Makes `a` and `b` equal, binding variables. Returns false on a mismatch (bindings made so far stay). */
  unify(a: Ty, b: Ty): boolean {
    a = this.shallow(a);
    b = this.shallow(b);
    if (a === b) return true;
    if (a.k === 'infer') return this.bind(a.var, b);
    if (b.k === 'infer') return this.bind(b.var, a);
    if (a.k === 'error' || b.k === 'error' || a.k === 'never' || b.k === 'never') return true;
    if (a.k === 'opaque' && b.k === 'opaque') return a === b || this.unify(a.actual, b.actual);
    if (a.k !== b.k) return false;
    switch (a.k) {
      case 'int': return a.int === (b as typeof a).int;
      case 'float': return a.float === (b as typeof a).float;
      case 'tuple': return this.unifyList(a.elems, (b as typeof a).elems);
      case 'array': return this.unifyLen(a.len, (b as typeof a).len) && this.unify(a.elem, (b as typeof a).elem);
      case 'const': return a.value === (b as typeof a).value;
      case 'slice': return this.unify(a.elem, (b as typeof a).elem);
      case 'ref': case 'ptr': return a.mut === (b as typeof a).mut && this.unify(a.inner, (b as typeof a).inner);
      case 'adt': return a.adt === (b as typeof a).adt && this.unifyList(a.args, (b as typeof a).args);
      case 'builtin': return a.name === (b as typeof a).name && this.unifyList(a.args, (b as typeof a).args);
      case 'fndef': return a.fn === (b as typeof a).fn && this.unifyList(a.args, (b as typeof a).args);
      case 'fnptr': return this.unifyList(a.inputs, (b as typeof a).inputs) && this.unify(a.output, (b as typeof a).output);
      case 'closure': return a.fn === (b as typeof a).fn;
      case 'param': return a.name === (b as typeof a).name;
      case 'dyn': {
        const bt = (b as typeof a).traits;
        if (a.traits.length !== bt.length) return false;
        return a.traits.every((t, i) => {
          if (t.trait !== bt[i].trait) return false;
          const s1 = t.fnSig, s2 = bt[i].fnSig;
          if (s1 && s2) return this.unifyList(s1.inputs, s2.inputs) && this.unify(s1.output, s2.output);
          return this.unifyList(t.args, bt[i].args);
        });
      }
      default: return true;
    }
  }

  private unifyLen(a: ArrayLen, b: ArrayLen): boolean {
    return typeof a === 'number' && typeof b === 'number' ? a === b : this.unify(lenTy(a), lenTy(b));
  }

  private unifyList(a: readonly Ty[], b: readonly Ty[]): boolean {
    if (a.length !== b.length) return false;
    let ok = true;
    for (let i = 0; i < a.length; i++) ok = this.unify(a[i], b[i]) && ok;
    return ok;
  }

  /**
   * Would `a` and `b` unify? Checks without binding anything (used by method
   * probing). Unbound variables match anything of a compatible kind.
   */
  canUnify(a: Ty, b: Ty): boolean {
    a = this.shallow(a);
    b = this.shallow(b);
    if (a === b) return true;
    if (a.k === 'infer' || b.k === 'infer') {
      const [v, o] = a.k === 'infer' ? [a, b] : [b as Extract<Ty, { k: 'infer' }>, a];
      if (v.kind === 'general' || o.k === 'infer' || o.k === 'error') return o.k !== 'infer' || v.kind === 'general' || o.kind === 'general' || o.kind === v.kind;
      return v.kind === 'int' ? o.k === 'int' : o.k === 'float';
    }
    if (a.k === 'error' || b.k === 'error') return true;
    if (a.k !== b.k) return false;
    switch (a.k) {
      case 'int': return a.int === (b as typeof a).int;
      case 'float': return a.float === (b as typeof a).float;
      case 'tuple': return this.canList(a.elems, (b as typeof a).elems);
      case 'array': {
        const al = a.len, bl = (b as typeof a).len;
        const lenOk = typeof al === 'number' && typeof bl === 'number' ? al === bl : this.canUnify(lenTy(al), lenTy(bl));
        return lenOk && this.canUnify(a.elem, (b as typeof a).elem);
      }
      case 'const': return a.value === (b as typeof a).value;
      case 'slice': return this.canUnify(a.elem, (b as typeof a).elem);
      case 'ref': case 'ptr': return a.mut === (b as typeof a).mut && this.canUnify(a.inner, (b as typeof a).inner);
      case 'adt': return a.adt === (b as typeof a).adt && this.canList(a.args, (b as typeof a).args);
      case 'builtin': return a.name === (b as typeof a).name && this.canList(a.args, (b as typeof a).args);
      case 'fndef': return a.fn === (b as typeof a).fn;
      case 'closure': return a.fn === (b as typeof a).fn;
      case 'param': return a.name === (b as typeof a).name;
      case 'dyn': return a.traits.length === (b as typeof a).traits.length && a.traits.every((t, i) => t.trait === (b as typeof a).traits[i].trait);
      default: return true;
    }
  }

  private canList(a: readonly Ty[], b: readonly Ty[]): boolean {
    return a.length === b.length && a.every((x, i) => this.canUnify(x, b[i]));
  }
}

/** `t` with every generic parameter replaced by what `f` gives for it (in the types that can hold one). */
export function mapParams(t: Ty, f: (p: Extract<Ty, { k: 'param' }>) => Ty): Ty {
  const go = (x: Ty): Ty => {
    switch (x.k) {
      case 'param': return f(x);
      case 'tuple': return { k: 'tuple', elems: x.elems.map(go) };
      case 'array': return arrayTy(go(x.elem), typeof x.len === 'number' ? x.len : go(x.len));
      case 'slice': return { k: 'slice', elem: go(x.elem) };
      case 'ref': case 'ptr': return { ...x, inner: go(x.inner) };
      case 'adt': return { k: 'adt', adt: x.adt, args: x.args.map(go) };
      case 'builtin': return { k: 'builtin', name: x.name, args: x.args.map(go) };
      default: return x;
    }
  };
  return go(t);
}

/**
 * Replaces generic parameters `{k:'param', index}` by `args[index]`; `other`, where given, says what
 * a parameter past them becomes (an `I::Item` that the same arguments tell).
 */
export function substTy(t: Ty, args: readonly Ty[], other?: (p: Extract<Ty, { k: 'param' }>) => Ty): Ty {
  if (args.length === 0 && !other) return t;
  switch (t.k) {
    case 'param': return t.index < args.length ? args[t.index] : other ? other(t) : t;
    case 'tuple': return t.elems.length === 0 ? t : { k: 'tuple', elems: t.elems.map((e) => substTy(e, args, other)) };
    case 'array': return arrayTy(substTy(t.elem, args, other), typeof t.len === 'number' ? t.len : substTy(t.len, args, other));
    case 'slice': return { k: 'slice', elem: substTy(t.elem, args, other) };
    case 'ref': return { k: 'ref', mut: t.mut, inner: substTy(t.inner, args, other), region: t.region };
    case 'ptr': return { k: 'ptr', mut: t.mut, inner: substTy(t.inner, args, other) };
    case 'adt': return t.args.length ? { k: 'adt', adt: t.adt, args: t.args.map((a) => substTy(a, args, other)) } : t;
    case 'builtin': return t.args.length ? { k: 'builtin', name: t.name, args: t.args.map((a) => substTy(a, args, other)) } : t;
    case 'fndef': return t.args.length ? { k: 'fndef', fn: t.fn, args: t.args.map((a) => substTy(a, args, other)) } : t;
    case 'fnptr': return { k: 'fnptr', inputs: t.inputs.map((a) => substTy(a, args, other)), output: substTy(t.output, args, other) };
    case 'closure': return t;
    // `compose::<i32, i32, i32>`'s `impl Fn(A) -> C` is an `impl Fn(i32) -> i32` to its caller.
    case 'opaque': return { ...t, bounds: t.bounds.map((tr) => substTraitRef(tr, args, other)), actual: substTy(t.actual, args, other) };
    case 'dyn': return { k: 'dyn', traits: t.traits.map((tr) => substTraitRef(tr, args, other)), ...(t.region ? { region: t.region } : {}) };
    default: return t;
  }
}

function substTraitRef(tr: TraitRef, args: readonly Ty[], other?: (p: Extract<Ty, { k: 'param' }>) => Ty): TraitRef {
  return {
    trait: tr.trait,
    args: tr.args.map((a) => substTy(a, args, other)),
    ...(tr.fnSig ? { fnSig: { inputs: tr.fnSig.inputs.map((a) => substTy(a, args, other)), output: substTy(tr.fnSig.output, args, other) } } : {}),
  };
}

/** True if the type mentions an inference variable (after zonking). */
export function hasInfer(t: Ty): boolean {
  switch (t.k) {
    case 'infer': return true;
    case 'tuple': return t.elems.some(hasInfer);
    case 'array': return hasInfer(t.elem) || (typeof t.len !== 'number' && hasInfer(t.len));
    case 'slice': return hasInfer(t.elem);
    case 'ref': case 'ptr': return hasInfer(t.inner);
    case 'adt': case 'builtin': case 'fndef': return t.args.some(hasInfer);
    case 'fnptr': return t.inputs.some(hasInfer) || hasInfer(t.output);
    case 'closure': return t.captures.some(hasInfer);
    case 'opaque': return hasInfer(t.actual);
    default: return false;
  }
}
