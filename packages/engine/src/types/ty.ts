// Semantic types: what the type checker computes and what MIR locals carry.
// Types are plain immutable objects; compare them with `tyEq`, print them with
// `tyToString` (rustc's spelling, used in diagnostics and in the memory view).

export type IntTy =
  | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize'
  | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatTy = 'f32' | 'f64';

/** Index of a user-defined struct or enum in `Program.adts`. */
export type AdtId = number;
/** Index of a function (free fn, method, closure body) in `Program.fns`. */
export type FnId = number;
/** Index of a trait in `Program.traits`. */
export type TraitId = number;

/**
 * Built-in generic types of std that memviz models directly.
 * `Iter` is every std iterator (slice::Iter, Map, Filter, Range as iterator, ...):
 * its single argument is the Item type and the runtime knows the adapter chain.
 */
export type BuiltinAdt =
  | 'String' | 'Vec' | 'Box' | 'Option' | 'Result' | 'Rc' | 'Weak' | 'RefCell' | 'Cell'
  | 'Ref' | 'RefMut' // RefCell guards, args [T]
  | 'Range' | 'RangeInclusive' // args [Idx]
  | 'Iter' // args [Item]
  | 'VecDeque' // args [T]: a Vec's header and buffer, the elements kept in queue order from the buffer's start
  | 'BinaryHeap' // args [T]: a Vec's header and buffer, the elements in std's heap order
  | 'HashMap' // args [K, V]
  | 'HashSet' // args [T]
  | 'BTreeMap' // args [K, V]
  | 'BTreeSet' // args [T]
  | 'Entry' // `HashMap::entry`'s result, args [K, V]; it holds the map's `&mut` borrow, as Iter holds its source's
  | 'Formatter' // std::fmt::Formatter, what a user's `impl Display`/`Debug` writes to; no args
  | 'DebugStruct' | 'DebugTuple' | 'DebugList' | 'DebugSet' | 'DebugMap' // the builders of `f.debug_struct(..)`, `f.debug_tuple(..)`, `f.debug_list()`, ..; no args
  // Threads (std::sync, std::thread): an Arc is an Rc with atomic counts; a Mutex/RwLock is kept as a
  // RefCell is (a lock flag and the value) and its guards as Ref/RefMut; args [T].
  | 'Arc' | 'Mutex' | 'MutexGuard' | 'RwLock' | 'RwLockReadGuard' | 'RwLockWriteGuard'
  | 'JoinHandle' // a spawned thread's handle, args [T] (what the thread returns)
  | 'Sender' | 'SyncSender' | 'Receiver'; // the ends of an mpsc channel (SyncSender: a bounded one's), args [T]

export type Ty =
  | { readonly k: 'int'; readonly int: IntTy }
  | { readonly k: 'float'; readonly float: FloatTy }
  | { readonly k: 'bool' }
  | { readonly k: 'char' }
  | { readonly k: 'str' } // unsized; appears behind & or Box
  | { readonly k: 'never' }
  | { readonly k: 'tuple'; readonly elems: readonly Ty[] } // elems [] is ()
  | { readonly k: 'array'; readonly elem: Ty; readonly len: ArrayLen }
  | { readonly k: 'slice'; readonly elem: Ty } // unsized
  | { readonly k: 'ref'; readonly mut: boolean; readonly inner: Ty; readonly region: Region }
  /** A raw pointer `*const T` / `*mut T`: an address the borrow checker does not follow. */
  | { readonly k: 'ptr'; readonly mut: boolean; readonly inner: Ty }
  // `regions`: the lifetimes written in a signature (`Parser<'a>`), in the struct's order; absent
  // where none were written. Type equality ignores them (only the borrow checker reads them).
  | { readonly k: 'adt'; readonly adt: AdtId; readonly args: readonly Ty[]; readonly regions?: readonly Region[] }
  | { readonly k: 'builtin'; readonly name: BuiltinAdt; readonly args: readonly Ty[] }
  /** The zero-sized type of a named fn item (`let f = add;`). */
  | { readonly k: 'fndef'; readonly fn: FnId; readonly args: readonly Ty[] }
  | { readonly k: 'fnptr'; readonly inputs: readonly Ty[]; readonly output: Ty }
  /** A closure: its body is `fn`; `captures` lists the captured values' types in order. */
  | {
      readonly k: 'closure';
      readonly fn: FnId;
      readonly captures: readonly Ty[];
      /** The type arguments of the generic fn it was written in: set by the interpreter's instantiation. */
      readonly tyArgs?: readonly Ty[];
    }
  /** `dyn Trait` (unsized, behind Box or &). Fn-family traits carry a signature. */
  | { readonly k: 'dyn'; readonly traits: readonly TraitRef[]; /** Written (`dyn Fn() + 'a`), else the default. */ readonly region?: Region }
  /** A const generic argument's value: the `3` of `Grid<3>` (a const parameter `N` is a `param`). */
  | { readonly k: 'const'; readonly value: bigint }
  /** A generic parameter of the enclosing item, by name, e.g. `T` (or a const parameter, `N`). */
  | { readonly k: 'param'; readonly name: string; readonly index: number }
  /** `impl Trait` in return position: the concrete type is known to the checker as `actual`. */
  | { readonly k: 'opaque'; readonly bounds: readonly TraitRef[]; readonly actual: Ty; readonly outlives?: readonly Region[] }
  /** An inference variable; never survives type checking. */
  | { readonly k: 'infer'; readonly var: number; readonly kind: 'general' | 'int' | 'float' }
  /** A type the checker could not determine after an error; suppresses follow-on errors. */
  | { readonly k: 'error' };

/**
 * An array's length: a number, or in a generic item a const parameter (`[T; N]`, a `param`), or an
 * inference variable standing for one while a call's `N` is inferred. Known lengths are always numbers.
 */
export type ArrayLen = number | Ty;

/** The length of an array as a type-level value (`const`, `param` or `infer`), for unifying and substituting. */
export function lenTy(len: ArrayLen): Ty {
  return typeof len === 'number' ? { k: 'const', value: BigInt(len) } : len;
}

/** An array type, its length kept as a number where it is known. */
export function arrayTy(elem: Ty, len: ArrayLen): Ty {
  return { k: 'array', elem, len: typeof len !== 'number' && len.k === 'const' ? Number(len.value) : len };
}

/** The length of an array type when it is a number (not a const parameter or one still inferred). */
export function knownLen(t: Extract<Ty, { k: 'array' }>): number | null {
  return typeof t.len === 'number' ? t.len : null;
}

/** The length of an array type the interpreter or the layout sees: substitution has made every length a number. */
export function fixedLen(t: Extract<Ty, { k: 'array' }>): number {
  if (typeof t.len !== 'number') throw new Error('memviz: an array length that is still generic');
  return t.len;
}

/** A reference to a trait with its generic arguments; Fn-family traits use `fnSig`. */
export interface TraitRef {
  /** A user trait id, or the name of a std trait memviz knows ("Fn", "FnMut", "FnOnce", "Debug", "Display", "Clone", "Copy", "PartialEq", "PartialOrd", "Iterator", "Drop", "Default", "Error", ...). */
  readonly trait: TraitId | string;
  readonly args: readonly Ty[];
  readonly fnSig?: { readonly inputs: readonly Ty[]; readonly output: Ty };
  /** Associated-type bindings written on the bound (`Container<Item = i32>`, `Add<Output = T>`); an iterator's `Item` is its `args[0]` instead. */
  readonly bindings?: readonly { readonly name: string; readonly ty: Ty }[];
}

/**
 * Lifetimes, as far as memviz tracks them: a named parameter (`'a`), `'static`,
 * or anonymous (elided/inferred; the borrow checker computes those itself).
 */
export type Region =
  | { readonly k: 'static' }
  | { readonly k: 'named'; readonly name: string }
  | { readonly k: 'anon' };

export const ANON: Region = Object.freeze({ k: 'anon' });
export const STATIC: Region = Object.freeze({ k: 'static' });

export const UNIT: Ty = Object.freeze({ k: 'tuple', elems: Object.freeze([]) as readonly Ty[] });
export const BOOL: Ty = Object.freeze({ k: 'bool' });
export const CHAR: Ty = Object.freeze({ k: 'char' });
export const STR: Ty = Object.freeze({ k: 'str' });
export const NEVER: Ty = Object.freeze({ k: 'never' });
export const ERROR: Ty = Object.freeze({ k: 'error' });
export const int = (i: IntTy): Ty => ({ k: 'int', int: i });
export const float = (f: FloatTy): Ty => ({ k: 'float', float: f });
export const ref = (inner: Ty, mut = false, region: Region = ANON): Ty => ({ k: 'ref', mut, inner, region });
export const builtin = (name: BuiltinAdt, ...args: Ty[]): Ty => ({ k: 'builtin', name, args });
export const STRING: Ty = Object.freeze({ k: 'builtin', name: 'String', args: Object.freeze([]) as readonly Ty[] });
export const REF_STR: Ty = ref(STR, false, STATIC);

/**
 * The length of the prelude's `[u8; Self::BYTES]` (`to_le_bytes`, `from_be_bytes`): the byte size
 * of the number type the method is called on, which the checker puts in its place at each call.
 */
export const SELF_BYTES = -1;

export const INT_TYS: readonly IntTy[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

export function isSigned(i: IntTy): boolean {
  return i[0] === 'i';
}

/** Bit width on x86-64. */
export function intBits(i: IntTy): number {
  if (i === 'isize' || i === 'usize') return 64;
  return Number(i.slice(1));
}

export function isUnit(t: Ty): boolean {
  return t.k === 'tuple' && t.elems.length === 0;
}

/** Structural equality (regions ignored: the borrow checker reasons about them separately). */
export function tyEq(a: Ty, b: Ty): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int': return a.int === (b as typeof a).int;
    case 'float': return a.float === (b as typeof a).float;
    case 'tuple': return listEq(a.elems, (b as typeof a).elems);
    case 'array': return lenEq(a.len, (b as typeof a).len) && tyEq(a.elem, (b as typeof a).elem);
    case 'const': return a.value === (b as typeof a).value;
    case 'slice': return tyEq(a.elem, (b as typeof a).elem);
    case 'ref': return a.mut === (b as typeof a).mut && tyEq(a.inner, (b as typeof a).inner);
    case 'ptr': return a.mut === (b as typeof a).mut && tyEq(a.inner, (b as typeof a).inner);
    case 'adt': return a.adt === (b as typeof a).adt && listEq(a.args, (b as typeof a).args);
    case 'builtin': return a.name === (b as typeof a).name && listEq(a.args, (b as typeof a).args);
    case 'fndef': return a.fn === (b as typeof a).fn && listEq(a.args, (b as typeof a).args);
    case 'fnptr': return listEq(a.inputs, (b as typeof a).inputs) && tyEq(a.output, (b as typeof a).output);
    case 'closure': return a.fn === (b as typeof a).fn;
    case 'param': return a.name === (b as typeof a).name;
    case 'infer': return a.var === (b as typeof a).var;
    case 'opaque': return tyEq(a.actual, (b as typeof a).actual);
    case 'dyn': {
      const bt = (b as typeof a).traits;
      return a.traits.length === bt.length && a.traits.every((t, i) => t.trait === bt[i].trait && listEq(t.args, bt[i].args));
    }
    default: return true; // bool, char, str, never, error
  }
}

function lenEq(a: ArrayLen, b: ArrayLen): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a === b : tyEq(lenTy(a), lenTy(b));
}

function listEq(a: readonly Ty[], b: readonly Ty[]): boolean {
  return a.length === b.length && a.every((t, i) => tyEq(t, b[i]));
}

/** Names needed to print user types; the type checker's Program provides them. */
export interface TyNames {
  adtName(id: AdtId): string;
  traitName(id: TraitId): string;
  /** Whether the ADT is std's `Cow` (the prelude's, whose hidden last parameter no name shows). */
  isStdCow?(id: AdtId): boolean;
}

/** Prints a type as rustc does in messages, e.g. `Vec<String>`, `&'a str`, `Box<dyn Fn(i32) -> i32>`. */
/** std's maps and sets (interp/hashmap.ts keeps all four). */
export function isTable(name: BuiltinAdt): boolean {
  return name === 'HashMap' || name === 'HashSet' || name === 'BTreeMap' || name === 'BTreeSet';
}
/** The two maps (their items are `(K, V)` pairs); the sets hold their elements. */
export function isMap(name: BuiltinAdt): boolean {
  return name === 'HashMap' || name === 'BTreeMap';
}

/**
 * Built-in types that hold a borrow of their own beyond their arguments (`Iter<&T>` from `v.iter()`
 * borrows `v`, as a `Ref` borrows its RefCell and an `Entry` its map): the borrow checker gives each
 * one region of its own, first.
 */
export function lendsBorrow(name: BuiltinAdt): boolean {
  return name === 'Iter' || name === 'Entry' || isGuard(name);
}

/** The counted pointers: `Rc<T>` and its thread-safe twin `Arc<T>` (same heap block: strong, weak, value). */
export function isCounted(name: BuiltinAdt): boolean {
  return name === 'Rc' || name === 'Arc';
}

/** Guards that give shared access to a cell's or a lock's value (`Ref`, `RwLockReadGuard`). */
export function isSharedGuard(name: BuiltinAdt): boolean {
  return name === 'Ref' || name === 'RwLockReadGuard';
}

/** Guards of a RefCell, a Mutex or a RwLock: each derefs to the value and releases its borrow or lock when dropped. */
export function isGuard(name: BuiltinAdt): boolean {
  return name === 'Ref' || name === 'RefMut' || name === 'MutexGuard' || name === 'RwLockReadGuard' || name === 'RwLockWriteGuard';
}

/** What holds a value behind a lock or a borrow flag: `RefCell<T>`, `Mutex<T>`, `RwLock<T>` (kept as [flag, T]). */
export function isCellLike(name: BuiltinAdt): boolean {
  return name === 'RefCell' || name === 'Mutex' || name === 'RwLock';
}

export function tyToString(t: Ty, names: TyNames): string {
  const s = (x: Ty) => tyToString(x, names);
  const args = (xs: readonly Ty[]) => (xs.length ? `<${xs.map(s).join(', ')}>` : '');
  switch (t.k) {
    case 'int': return t.int;
    case 'float': return t.float;
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return 'str';
    case 'never': return '!';
    case 'tuple': return t.elems.length === 1 ? `(${s(t.elems[0])},)` : `(${t.elems.map(s).join(', ')})`;
    case 'array': return `[${s(t.elem)}; ${typeof t.len === 'number' ? t.len : s(t.len)}]`;
    case 'const': return String(t.value);
    case 'slice': return `[${s(t.elem)}]`;
    case 'ref': {
      const lt = t.region.k === 'named' ? `'${t.region.name} ` : t.region.k === 'static' && false ? "'static " : '';
      return `&${lt}${t.mut ? 'mut ' : ''}${s(t.inner)}`;
    }
    case 'ptr': return `*${t.mut ? 'mut' : 'const'} ${s(t.inner)}`;
    case 'adt': {
      const name = names.adtName(t.adt);
      // std's Cow: its lifetime as rustc shows it, not the hidden `<B as ToOwned>::Owned`.
      if (names.isStdCow?.(t.adt)) return `Cow<'${t.regions?.[0]?.k === 'named' ? t.regions[0].name : t.regions?.[0]?.k === 'static' ? 'static' : '_'}, ${s(t.args[0])}>`;
      return name + args(t.args);
    }
    case 'builtin': {
      const path: Partial<Record<BuiltinAdt, string>> = { Iter: 'impl Iterator', Ref: 'Ref', RefMut: 'RefMut' };
      if (t.name === 'Iter') return `impl Iterator<Item = ${s(t.args[0])}>`;
      if (t.name === 'Entry') return `Entry<'_, ${t.args.map(s).join(', ')}>`;
      return (path[t.name] ?? t.name) + args(t.args);
    }
    case 'fndef': return `fn item #${t.fn}`;
    case 'fnptr': return `fn(${t.inputs.map(s).join(', ')})${isUnit(t.output) ? '' : ' -> ' + s(t.output)}`;
    case 'closure': return `{closure#${t.fn}}`;
    case 'dyn': return 'dyn ' + t.traits.map((tr) => traitRefToString(tr, names)).join(' + ');
    case 'opaque': return 'impl ' + t.bounds.map((tr) => traitRefToString(tr, names)).join(' + ');
    case 'param': return t.name;
    case 'infer': return t.kind === 'int' ? '{integer}' : t.kind === 'float' ? '{float}' : '_';
    case 'error': return '{type error}';
  }
}

export function traitRefToString(tr: TraitRef, names: TyNames): string {
  const name = typeof tr.trait === 'string' ? tr.trait : names.traitName(tr.trait);
  if (tr.fnSig) {
    const out = isUnit(tr.fnSig.output) ? '' : ' -> ' + tyToString(tr.fnSig.output, names);
    return `${name}(${tr.fnSig.inputs.map((x) => tyToString(x, names)).join(', ')})${out}`;
  }
  return tr.args.length ? `${name}<${tr.args.map((x) => tyToString(x, names)).join(', ')}>` : name;
}

/** Whether `t` contains an `error` or `infer` type anywhere (trait arguments and Fn signatures included): a type the checker could not determine. */
export function mentionsUnresolved(t: Ty): boolean {
  switch (t.k) {
    case 'error': case 'infer': return true;
    case 'tuple': return anyUnresolved(t.elems);
    case 'array': return mentionsUnresolved(t.elem) || (typeof t.len !== 'number' && mentionsUnresolved(t.len));
    case 'slice': return mentionsUnresolved(t.elem);
    case 'ref': case 'ptr': return mentionsUnresolved(t.inner);
    case 'adt': case 'builtin': case 'fndef': return anyUnresolved(t.args);
    case 'fnptr': return anyUnresolved(t.inputs) || mentionsUnresolved(t.output);
    case 'closure': return anyUnresolved(t.captures);
    case 'dyn': return traitsMentionUnresolved(t.traits);
    case 'opaque': return traitsMentionUnresolved(t.bounds) || mentionsUnresolved(t.actual);
    default: return false;
  }
}

function anyUnresolved(ts: readonly Ty[]): boolean {
  for (const t of ts) if (mentionsUnresolved(t)) return true;
  return false;
}

function traitsMentionUnresolved(traits: readonly TraitRef[]): boolean {
  for (const tr of traits) {
    if (anyUnresolved(tr.args)) return true;
    if (tr.fnSig && (anyUnresolved(tr.fnSig.inputs) || mentionsUnresolved(tr.fnSig.output))) return true;
  }
  return false;
}
