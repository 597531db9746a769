// Type helpers for the interpreter: substitution of generic parameters,
// interning (so a concrete type has one object and caches can key on it),
// printing, and the Copy / needs-drop questions.

import type { AdtDef, Program } from '../mir/mir.js';
import type { Ty, TyNames } from '../types/ty.js';
import type { Value } from './values.js';
import { arrayTy, tyToString } from '../types/ty.js';

/** Substitutes params by name (index as a fast path). `opaque` types become their actual type. */
export function subst(t: Ty, names: readonly string[], args: readonly Ty[]): Ty {
  if (!hasParams(t)) return t;
  switch (t.k) {
    case 'param': {
      if (names[t.index] === t.name && t.index < args.length) return args[t.index];
      const i = names.indexOf(t.name);
      return i >= 0 && i < args.length ? args[i] : t;
    }
    case 'tuple':
      return { k: 'tuple', elems: t.elems.map((e) => subst(e, names, args)) };
    case 'array':
      return arrayTy(subst(t.elem, names, args), typeof t.len === 'number' ? t.len : subst(t.len, names, args));
    case 'slice':
      return { k: 'slice', elem: subst(t.elem, names, args) };
    case 'ref':
      return { k: 'ref', mut: t.mut, inner: subst(t.inner, names, args), region: t.region };
    case 'ptr':
      return { k: 'ptr', mut: t.mut, inner: subst(t.inner, names, args) };
    case 'adt':
      return { k: 'adt', adt: t.adt, args: t.args.map((a) => subst(a, names, args)) };
    case 'builtin':
      return { k: 'builtin', name: t.name, args: t.args.map((a) => subst(a, names, args)) };
    case 'fndef':
      return { k: 'fndef', fn: t.fn, args: t.args.map((a) => subst(a, names, args)) };
    case 'fnptr':
      return { k: 'fnptr', inputs: t.inputs.map((a) => subst(a, names, args)), output: subst(t.output, names, args) };
    case 'closure':
      // A closure's body is generic over the params of the fn it is written in: the instance that makes
      // its value (the first to substitute its type) gives their arguments.
      return { k: 'closure', fn: t.fn, captures: t.captures.map((a) => subst(a, names, args)), tyArgs: t.tyArgs ? t.tyArgs.map((a) => subst(a, names, args)) : args };
    case 'opaque':
      return subst(t.actual, names, args);
    case 'dyn':
      return {
        k: 'dyn',
        traits: t.traits.map((tr) => ({
          trait: tr.trait,
          args: tr.args.map((a) => subst(a, names, args)),
          fnSig: tr.fnSig ? { inputs: tr.fnSig.inputs.map((a) => subst(a, names, args)), output: subst(tr.fnSig.output, names, args) } : undefined,
        })),
        ...(t.region ? { region: t.region } : {}),
      };
    default:
      return t;
  }
}

/** The generic parameters a type mentions (opaque types and closures not looked into). */
export function paramsOf(t: Ty, out: Extract<Ty, { k: 'param' }>[] = []): Extract<Ty, { k: 'param' }>[] {
  switch (t.k) {
    case 'param': out.push(t); break;
    case 'tuple': t.elems.forEach((e) => paramsOf(e, out)); break;
    case 'array': paramsOf(t.elem, out); break;
    case 'slice': paramsOf(t.elem, out); break;
    case 'ref': case 'ptr': paramsOf(t.inner, out); break;
    case 'adt': case 'builtin': case 'fndef': t.args.forEach((a) => paramsOf(a, out)); break;
    case 'fnptr': t.inputs.forEach((a) => paramsOf(a, out)); paramsOf(t.output, out); break;
    case 'dyn': t.traits.forEach((tr) => tr.args.forEach((a) => paramsOf(a, out))); break;
  }
  return out;
}

const paramCache = new WeakMap<Ty, boolean>();

/** Whether a type mentions a generic parameter or an opaque type (which substitution resolves). */
export function hasParams(t: Ty): boolean {
  const c = paramCache.get(t);
  if (c !== undefined) return c;
  let r: boolean;
  switch (t.k) {
    case 'param':
    case 'opaque':
      r = true;
      break;
    case 'tuple':
      r = t.elems.some(hasParams);
      break;
    case 'array':
      r = hasParams(t.elem) || (typeof t.len !== 'number' && hasParams(t.len));
      break;
    case 'slice':
      r = hasParams(t.elem);
      break;
    case 'ref':
    case 'ptr':
      r = hasParams(t.inner);
      break;
    case 'adt':
    case 'builtin':
    case 'fndef':
      r = t.args.some(hasParams);
      break;
    case 'fnptr':
      r = t.inputs.some(hasParams) || hasParams(t.output);
      break;
    case 'closure':
      // Not yet instantiated: generic over the params of the fn it is written in (see `subst`).
      r = t.tyArgs === undefined || t.tyArgs.some(hasParams) || t.captures.some(hasParams);
      break;
    case 'dyn':
      r = t.traits.some((tr) => tr.args.some(hasParams) || (tr.fnSig ? tr.fnSig.inputs.some(hasParams) || hasParams(tr.fnSig.output) : false));
      break;
    default:
      r = false;
  }
  paramCache.set(t, r);
  return r;
}

const keyCache = new WeakMap<Ty, string>();

/** A structural key: equal types (regions ignored) have equal keys. */
export function tyKey(t: Ty): string {
  let k = keyCache.get(t);
  if (k !== undefined) return k;
  switch (t.k) {
    case 'int':
      k = t.int;
      break;
    case 'float':
      k = t.float;
      break;
    case 'tuple':
      k = `(${t.elems.map(tyKey).join(',')})`;
      break;
    case 'array':
      k = `[${tyKey(t.elem)};${typeof t.len === 'number' ? t.len : tyKey(t.len)}]`;
      break;
    case 'const':
      k = `=${t.value}`;
      break;
    case 'slice':
      k = `[${tyKey(t.elem)}]`;
      break;
    case 'ref':
      k = `&${t.mut ? 'mut ' : ''}${tyKey(t.inner)}`;
      break;
    case 'ptr':
      k = `*${t.mut ? 'mut ' : 'const '}${tyKey(t.inner)}`;
      break;
    case 'adt':
      k = `#${t.adt}<${t.args.map(tyKey).join(',')}>`;
      break;
    case 'builtin':
      k = `${t.name}<${t.args.map(tyKey).join(',')}>`;
      break;
    case 'fndef':
      k = `fn#${t.fn}<${t.args.map(tyKey).join(',')}>`;
      break;
    case 'fnptr':
      k = `fn(${t.inputs.map(tyKey).join(',')})->${tyKey(t.output)}`;
      break;
    case 'closure':
      k = `closure#${t.fn}<${t.captures.map(tyKey).join(',')}>[${(t.tyArgs ?? []).map(tyKey).join(',')}]`;
      break;
    case 'param':
      k = `P${t.name}`;
      break;
    case 'opaque':
      k = tyKey(t.actual);
      break;
    case 'dyn':
      k = `dyn ${t.traits.map((tr) => `${tr.trait}<${tr.args.map(tyKey).join(',')}>`).join('+')}`;
      break;
    case 'infer':
      k = `?${t.var}`;
      break;
    default:
      k = t.k;
  }
  keyCache.set(t, k);
  return k;
}

/** One object per distinct concrete type, so Map/WeakMap caches keyed by type hit. */
export class TyInterner {
  private readonly byKey = new Map<string, Ty>();
  /** Type object → its canonical object: one lookup for a type seen before. */
  private readonly canon = new WeakMap<Ty, Ty>();
  intern(t: Ty): Ty {
    const c = this.canon.get(t);
    if (c !== undefined) return c;
    const k = tyKey(t);
    let found = this.byKey.get(k);
    if (!found) {
      this.byKey.set(k, t);
      found = t;
    }
    this.canon.set(t, found);
    return found;
  }
}

export function namesOf(program: Program): TyNames {
  return {
    adtName: (id) => program.adts[id]?.name ?? `adt#${id}`,
    traitName: (id) => program.traits[id]?.name ?? `trait#${id}`,
    isStdCow: (id) => program.adts[id] !== undefined && isStdCow(program.adts[id]),
  };
}

/** Type strings as the memory view shows them (shared per type object). */
export class TyPrinter {
  private readonly cache = new Map<Ty, string>();
  constructor(private readonly names: TyNames) {}
  str(t: Ty): string {
    let s = this.cache.get(t);
    if (s === undefined) {
      s = tyToString(t, this.names);
      this.cache.set(t, s);
    }
    return s;
  }
}

/** std's Cow of the prelude (a program's own `Cow` is not it). */
export function isStdCow(def: AdtDef): boolean {
  return def.isPrelude === true && def.name === 'Cow';
}

/**
 * What a Cow value [0, &B] or [1, O] holds, with its type: it prints, compares and hashes as that
 * (std's impls go through its deref, whose text or elements are the same).
 */
export function cowHeldTy(ty: Extract<Ty, { k: 'adt' }>, v: Value): Ty {
  return (v as Value[])[0] === 0 ? { k: 'ref', mut: false, inner: ty.args[0], region: { k: 'anon' } } : ty.args[1];
}
