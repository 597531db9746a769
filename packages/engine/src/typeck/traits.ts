// Built-in trait facts memviz needs: which types are Copy (a use copies
// instead of moving), which need drop glue, which are Clone, and how
// auto-deref steps through references and std smart pointers.
import { arrayTy, isCounted, isGuard, isTable, knownLen, type Ty } from '../types/ty.js';
import type { ImplInfo, Items } from './items.js';

export interface TraitEnv {
  readonly items: Items;
  /** Closure FnId → capture env field types, once capture analysis has run. */
  closureCaptureTys(fn: number): readonly Ty[] | null;
  /** Bounds of generic params in scope, by param name (for `T: Copy`); an associated type's (`S::Reading`) by its index. */
  paramHasBound(name: string, trait: string, index?: number): boolean;
}

export function isCopy(t: Ty, env: TraitEnv): boolean {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'never': case 'fndef': case 'fnptr': case 'ptr': case 'error': return true;
    case 'ref': return !t.mut;
    case 'tuple': return t.elems.every((e) => isCopy(e, env));
    case 'array': return isCopy(t.elem, env);
    case 'adt': {
      const adt = env.items.adts[t.adt];
      return adt.derives.includes('Copy') && t.args.every((a) => isCopy(a, env));
    }
    // std's `Option<T>` and `Result<T, E>` are Copy when what they hold is.
    case 'builtin': return t.name === 'Option' || t.name === 'Result' ? t.args.every((a) => isCopy(a, env)) : false;
    case 'closure': {
      const caps = env.closureCaptureTys(t.fn);
      return caps !== null && caps.every((c) => isCopy(c, env));
    }
    case 'param': return env.paramHasBound(t.name, 'Copy', t.index);
    case 'opaque': return t.actual.k === 'infer' ? t.bounds.some((b) => b.trait === 'Copy') : isCopy(t.actual, env);
    case 'infer': return t.kind !== 'general';
    default: return false; // str, slice, dyn: unsized, only behind pointers
  }
}

/** Does dropping a value of this type run any code (a Drop impl, freeing heap memory, releasing a RefCell borrow)? */
export function needsDrop(t: Ty, env: TraitEnv, depth = 0): boolean {
  if (depth > 20) return true;
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'never': case 'fndef': case 'fnptr': case 'ref': case 'ptr': case 'error': case 'str': return false;
    case 'tuple': return t.elems.some((e) => needsDrop(e, env, depth + 1));
    case 'array': return knownLen(t) !== 0 && needsDrop(t.elem, env, depth + 1);
    case 'slice': return needsDrop(t.elem, env, depth + 1);
    case 'adt': {
      const adt = env.items.adts[t.adt];
      if (adt.dropFn !== null) return true;
      return adt.variants.some((v) => v.fields.some((f) => needsDrop(substParams(f.ty, t.args), env, depth + 1)));
    }
    case 'builtin':
      switch (t.name) {
        case 'Option': case 'Cell': case 'RefCell': case 'Mutex': case 'RwLock': return needsDrop(t.args[0], env, depth + 1);
        case 'Result': return needsDrop(t.args[0], env, depth + 1) || needsDrop(t.args[1], env, depth + 1);
        case 'Range': case 'RangeInclusive': return false;
        default: return true; // String, Vec, Box, Rc, Weak, Ref, RefMut, Iter, HashMap
      }
    case 'closure': {
      const caps = env.closureCaptureTys(t.fn);
      return caps === null || caps.some((c) => needsDrop(c, env, depth + 1));
    }
    case 'opaque': return t.actual.k === 'infer' ? true : needsDrop(t.actual, env, depth + 1);
    default: return true; // params, dyn, unresolved: assume yes (dropping a value that needs none is harmless)
  }
}

function substParams(t: Ty, args: readonly Ty[]): Ty {
  if (args.length === 0) return t;
  switch (t.k) {
    case 'param': return args[t.index] ?? t;
    case 'tuple': return { k: 'tuple', elems: t.elems.map((e) => substParams(e, args)) };
    case 'array': return arrayTy(substParams(t.elem, args), typeof t.len === 'number' ? t.len : substParams(t.len, args));
    case 'slice': return { k: 'slice', elem: substParams(t.elem, args) };
    case 'ref': case 'ptr': return { ...t, inner: substParams(t.inner, args) };
    case 'adt': return { k: 'adt', adt: t.adt, args: t.args.map((a) => substParams(a, args)) };
    case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map((a) => substParams(a, args)) };
    default: return t;
  }
}

/** Is the type Clone through std's impls or a derive (user `impl Clone` is found as a normal trait impl)? */
export function isBuiltinClone(t: Ty, env: TraitEnv): boolean {
  if (isCopy(t, env)) return true;
  switch (t.k) {
    case 'builtin':
      if (isGuard(t.name) || t.name === 'Iter' || t.name === 'Entry' || t.name === 'Mutex' || t.name === 'RwLock' || t.name === 'JoinHandle' || t.name === 'Receiver') return false;
      return true;
    case 'adt': return env.items.adts[t.adt].derives.includes('Clone');
    case 'tuple': return t.elems.every((e) => isBuiltinClone(e, env));
    case 'array': return isBuiltinClone(t.elem, env);
    case 'param': return env.paramHasBound(t.name, 'Clone', t.index) || env.paramHasBound(t.name, 'Copy', t.index);
    default: return false;
  }
}

/**
 * Has a `Default` memviz can make: std's for numbers, bool, char, String, Vec, Option and tuples and
 * arrays of them; a struct's `#[derive(Default)]` when every field has one. A user's own `impl Default`
 * is found as an ordinary impl, not here. The derive of a generic struct is rustc's
 * `impl<T: Default> Default for Stats<T>`: its fields are judged with its parameters `Default`, and
 * its arguments are the caller's to check (`derivedDefaultArgs`), known or not yet.
 */
export function isBuiltinDefault(t: Ty, env: TraitEnv, depth = 0, paramsDefault = false): boolean {
  if (depth > 8) return false;
  switch (t.k) {
    case 'param': return paramsDefault;
    case 'int': case 'float': case 'bool': case 'char': return true;
    case 'builtin': return t.name === 'String' || t.name === 'Vec' || t.name === 'Option' || isTable(t.name) || ((t.name === 'Box' || t.name === 'RefCell' || t.name === 'Cell') && isBuiltinDefault(t.args[0], env, depth + 1, paramsDefault));
    case 'tuple': return t.elems.every((e) => isBuiltinDefault(e, env, depth + 1, paramsDefault));
    case 'array': return isBuiltinDefault(t.elem, env, depth + 1, paramsDefault);
    case 'adt': {
      if (ownStdImpl(env.items, t.adt, 'Default')) return true;
      const adt = env.items.adts[t.adt];
      // An enum derives it from its `#[default]` unit variant.
      if (adt.kind === 'enum') return adt.derives.includes('Default') && adt.defaultVariant !== null && adt.variants[adt.defaultVariant]?.shape === 'unit';
      if (!adt.derives.includes('Default') || adt.kind !== 'struct') return false;
      // A field's generic struct asks it of its arguments; the outermost one's are the caller's to judge.
      // (std's own generic structs derive it in the prelude: a OnceCell starts empty, whatever its T.)
      if (depth > 0 && !adt.isPrelude && !t.args.every((a) => isBuiltinDefault(a, env, depth + 1, paramsDefault))) return false;
      return adt.variants[0]!.fields.every((f) => isBuiltinDefault(f.ty, env, depth + 1, true));
    }
    default: return false;
  }
}

/** The program's own impl of the std trait `trait` (by name) for the struct or enum `adt`, if any. */
export function ownStdImpl(items: Items, adt: number, trait: string): ImplInfo | undefined {
  return items.impls.find((im) => !im.isPrelude && im.traitName === trait && (im.trait === null || im.trait.isPrelude) && im.selfTy.k === 'adt' && im.selfTy.adt === adt);
}

/** One built-in deref step: `&T`/`&mut T`/`Box<T>`/`Rc<T>`/`Ref<T>`/`RefMut<T>` → T, `String` → str, `Vec<T>` → [T]. */
export function derefStep(t: Ty): Ty | null {
  switch (t.k) {
    case 'ref': return t.inner;
    case 'builtin':
      switch (t.name) {
        case 'Box': case 'Rc': case 'Arc': case 'Ref': case 'RefMut': case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard': return t.args[0];
        case 'String': return { k: 'str' };
        case 'Vec': return { k: 'slice', elem: t.args[0] };
        default: return null;
      }
    default: return null;
  }
}
