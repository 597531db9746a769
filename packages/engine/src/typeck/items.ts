// Item collection: every struct, enum, trait, impl, fn, const and static of
// the prelude and of the user's crate, with their signatures converted to
// semantic types. Bodies are checked later (check.ts) against these tables.
import type {
  Crate, EnumItem, FnItem, GenericParams, ImplItem, Item, Path, Span, StructItem, TraitBound, TraitItem, Type,
  ConstItem, StaticItem, Expr, PathSegment, TypeParam, TypeAliasItem, Ident,
} from '../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { error, label, unsupported } from '../diagnostics.js';
import type { AdtId, BuiltinAdt, FnId, Region, TraitRef, Ty, TyNames } from '../types/ty.js';
import { ERROR, NEVER, STATIC, STR, STRING, UNIT, BOOL, CHAR, ANON, SELF_BYTES, arrayTy, mentionsUnresolved, tyEq, tyToString } from '../types/ty.js';
import { Infer, mapParams, substTy } from './infer.js';
import { checkDiscriminants, checkPackedAlign, readRepr } from './repr.js';
import type { Repr } from '../mir/mir.js';

export interface TypeParamDef {
  readonly name: string;
  bounds: TraitRef[];
  /** Declared `?Sized`: may be `str`, a slice or `dyn Trait` (every other parameter is implicitly `Sized`). */
  maybeUnsized?: true;
  /** Bound by `'static` (`F: Fn() + 'static`): what it borrows must live for ever (E0373 for a closure). */
  outlivesStatic?: true;
  /** A const parameter (`const N: usize`): its type. */
  readonly konst?: Ty;
  /**
   * `I::Item` of `I: IntoIterator`, `T::Output` of `T: Add`: a std trait's associated type of the
   * parameter `base`, a hidden parameter of the fn that each call sets to the type's own (and that
   * `where I::Item: Display` bounds like any other).
   */
  readonly projection?: { readonly base: number; readonly trait: string; readonly name: string };
}

export interface FnDef {
  readonly id: FnId;
  /** As shown in the call stack: "main", "Counter::tick", "<Dog as Drop>::drop", "main::{closure#0}". */
  name: string;
  readonly kind: 'fn' | 'method' | 'closure' | 'const' | 'static';
  readonly ast: FnItem | null;
  /** All generic parameters in index order: the impl's (or Self + the trait's), then the fn's own. */
  typeParams: TypeParamDef[];
  ownParamStart: number;
  selfMode: 'value' | 'ref' | 'refMut' | 'box' | null;
  /** Parameter types; a method's first input is its `self` type. */
  inputs: Ty[];
  output: Ty;
  /** Body-less prelude fn: its builtin name ("Vec::push"). */
  builtin: string | null;
  impl: ImplInfo | null;
  trait: TraitInfo | null;
  readonly span: Span;
  readonly isPrelude: boolean;
  /** The source name of the fn (last path segment). */
  readonly shortName: string;
  /** The bounds its `where` clauses (and its impl's) put on associated types (`I::Item: Clone`), by the index of the parameter standing for each. */
  assocBounds?: ReadonlyMap<number, readonly TraitRef[]>;
}

export interface TraitInfo {
  /** A user trait's TraitId, or a prelude trait's name. */
  readonly key: number | string;
  readonly name: string;
  readonly ast: TraitItem;
  readonly methods: Map<string, FnId>;
  /** Associated constants (`const SIDES: u32;`): their type, and the const of a default value (-1: none). */
  readonly consts: Map<string, { readonly ty: Ty; readonly defaultId: number }>;
  readonly isPrelude: boolean;
  supertraits: TraitRef[];
  /** Per parameter after `Self`, its default (`trait Scale<F = u32>`; `Self` is parameter 0), which a trait written without arguments takes. */
  defaults?: readonly (Ty | null)[];
}

export interface ImplInfo {
  readonly index: number;
  selfTy: Ty;
  /** Prelude `impl int` / `impl float` / `impl mem` blocks. */
  readonly special: 'int' | 'float' | 'module' | null;
  readonly moduleName: string | null;
  typeParams: TypeParamDef[];
  trait: TraitInfo | null;
  traitName: string | null;
  /** The arguments of a program's generic trait (`impl Convert<String> for Meters`: [String]). */
  traitArgs?: readonly Ty[];
  readonly methods: Map<string, FnId>;
  readonly assocTys: Map<string, Ty>;
  /** Associated constants of an inherent impl (`impl Circle { const PI: f64 = 3.14; }`), by name: their index in `consts`. */
  readonly consts?: Map<string, number>;
  readonly isPrelude: boolean;
  readonly ast: ImplItem;
  /** The builtin-name prefix for prelude impls ("Vec", "slice", "int"). */
  readonly builtinPrefix: string | null;
  /** The E0277 messages of the trait's supertraits the type lacks (rustc repeats them at each method call). */
  unmetSupertraits?: string[];
  /** The bounds its `where` clauses put on associated types (`I::Item: Clone`), as `FnDef.assocBounds`. */
  readonly assocBounds: ReadonlyMap<number, readonly TraitRef[]>;
}

export interface AdtInfo {
  readonly id: AdtId;
  readonly name: string;
  readonly kind: 'struct' | 'enum';
  readonly ast: StructItem | EnumItem;
  readonly typeParams: string[];
  /** Per parameter, a const parameter's type (`struct Grid<const N: usize>`), null for a type parameter; absent when there are none. */
  readonly constTys?: readonly (Ty | null)[];
  /** Per parameter, its default (`const CAP: usize = 4` as a value, `T = i32` as a type), which a type written without arguments takes. */
  defaults?: readonly (Ty | null)[];
  readonly lifetimes: string[];
  variants: { name: string; shape: 'named' | 'tuple' | 'unit'; fields: { name: string; ty: Ty; span: Span }[]; discriminant: bigint }[];
  /** The `#[default]` variant of an enum, if one is marked. */
  defaultVariant: number | null;
  readonly derives: string[];
  /** Its `#[repr(..)]` hints (`C`, an enum's integer, `packed`, `align`); null for the default layout. */
  readonly repr: Repr | null;
  dropFn: FnId | null;
  readonly isPrelude: boolean;
  /** Per type parameter, its `Fn`-family bound (`struct Ticker<F: FnMut(u32)>`), which types a closure stored there. */
  fnBounds?: (TraitRef | null)[];
  /** Per type parameter, its other trait bounds (`struct Tree<T: Ord>`), which every use of the type must meet. */
  bounds?: TraitRef[][];
}

export interface ConstInfo {
  readonly index: number;
  readonly name: string;
  ty: Ty;
  readonly body: FnId;
  readonly ast: ConstItem;
  readonly value: Expr;
  /** An impl's constant sees the impl's `Self` (`const ZERO: Self = Self { x: 0 }`). */
  readonly scope: TyScope;
}
export interface StaticInfo { readonly index: number; readonly name: string; ty: Ty; readonly mutable: boolean; readonly body: FnId; readonly ast: StaticItem }

export type ValueItem =
  | { readonly k: 'fn'; readonly fn: FnId }
  | { readonly k: 'const'; readonly id: number }
  | { readonly k: 'static'; readonly id: number }
  | { readonly k: 'ctor'; readonly adt: AdtId; readonly variant: number };

export type TypeItem =
  | { readonly k: 'adt'; readonly adt: AdtId }
  | { readonly k: 'trait'; readonly trait: TraitInfo }
  | { readonly k: 'alias'; readonly ty: Type; readonly generics: GenericParams };

const BUILTIN_TYPES: Record<string, { name: BuiltinAdt; arity: number }> = {
  String: { name: 'String', arity: 0 }, Vec: { name: 'Vec', arity: 1 }, VecDeque: { name: 'VecDeque', arity: 1 }, BinaryHeap: { name: 'BinaryHeap', arity: 1 }, Box: { name: 'Box', arity: 1 },
  Option: { name: 'Option', arity: 1 }, Result: { name: 'Result', arity: 2 }, Rc: { name: 'Rc', arity: 1 },
  Weak: { name: 'Weak', arity: 1 }, RefCell: { name: 'RefCell', arity: 1 }, Cell: { name: 'Cell', arity: 1 },
  Ref: { name: 'Ref', arity: 1 }, RefMut: { name: 'RefMut', arity: 1 }, Iter: { name: 'Iter', arity: 1 },
  Range: { name: 'Range', arity: 1 }, RangeInclusive: { name: 'RangeInclusive', arity: 1 }, HashMap: { name: 'HashMap', arity: 2 }, HashSet: { name: 'HashSet', arity: 1 }, BTreeMap: { name: 'BTreeMap', arity: 2 }, BTreeSet: { name: 'BTreeSet', arity: 1 }, Entry: { name: 'Entry', arity: 2 },
  Formatter: { name: 'Formatter', arity: 0 },
  Arc: { name: 'Arc', arity: 1 }, Mutex: { name: 'Mutex', arity: 1 }, MutexGuard: { name: 'MutexGuard', arity: 1 },
  RwLock: { name: 'RwLock', arity: 1 }, RwLockReadGuard: { name: 'RwLockReadGuard', arity: 1 }, RwLockWriteGuard: { name: 'RwLockWriteGuard', arity: 1 },
  JoinHandle: { name: 'JoinHandle', arity: 1 }, Sender: { name: 'Sender', arity: 1 }, SyncSender: { name: 'SyncSender', arity: 1 }, Receiver: { name: 'Receiver', arity: 1 },
  DebugStruct: { name: 'DebugStruct', arity: 0 }, DebugTuple: { name: 'DebugTuple', arity: 0 }, DebugList: { name: 'DebugList', arity: 0 },
  DebugSet: { name: 'DebugSet', arity: 0 }, DebugMap: { name: 'DebugMap', arity: 0 },
};

/** Std traits a program may implement itself: their methods are called by the interpreter (drop glue, `{}` and `{:?}`, `clone`). */
const IMPLEMENTABLE_STD_TRAITS = new Set([
  'Drop', 'Clone', 'Default', 'PartialEq', 'Copy', 'Display', 'Debug',
  // Operators on a program's own types: `a + b` calls its `Add::add`.
  'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'BitAnd', 'BitOr', 'BitXor', 'Shl', 'Shr',
  'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'RemAssign',
  // `impl From<ParseIntError> for MyError`: what `?` converts an error with.
  'From',
  // `impl Into<Fahrenheit> for Celsius`: what `c.into()` calls where the context asks for a `Fahrenheit`.
  'Into',
  // Conversions that can fail: \`"32".parse::<Age>()\` calls its \`from_str\`, \`Even::try_from(8)\` its \`try_from\`.
  'FromStr', 'TryFrom',
  // Orderings of a program's own types: `a < b`, `sort`, `max` call them.
  'PartialOrd', 'Ord', 'Eq',
  // `impl std::error::Error for MyError {}`: nothing to give (its methods have defaults).
  'Error',
  // `grid[(r, c)]` on a program's own type.
  'Index', 'IndexMut',
  // `*my_box` and `&my_box` as `&T` (the Book's MyBox): calls its `deref`; a mutable use calls `deref_mut`.
  'Deref', 'DerefMut',
  // `iter.sum::<Money>()` into a program's own type: calls its `sum` with the iterator.
  'Sum', 'Product',
  // `for song in &playlist`: a `for` loop over a program's type calls its `into_iter`.
  'IntoIterator',
  // Your own iterator walked from the back (`rev`, `rfind`, `next_back`) and asked its `len`.
  'DoubleEndedIterator', 'ExactSizeIterator',
  // A key of a map or set hashed by the program's own `hash` (`self.id.hash(state)`).
  'Hash',
]);

/** std traits with a method returning `Self` by value or a `Self: Sized` bound: never `dyn`. */
const STD_SIZED_TRAITS = new Set(['Clone', 'Copy', 'Default', 'Sized']);
const INT_NAMES = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']);
/** Std traits memviz knows by name (used in bounds, `dyn`, derives). */
export const STD_TRAITS: ReadonlySet<string> = new Set(['Fn', 'FnMut', 'FnOnce', 'Debug', 'Display', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Iterator', 'Drop', 'Default', 'Error', 'Hash', 'ToString', 'Sized', 'Send', 'Sync', 'IntoIterator', 'From', 'Into', 'AsRef', 'Deref', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'RemAssign', 'Index', 'IndexMut', 'DerefMut', 'FromStr', 'TryFrom', 'TryInto', 'Borrow', 'AsMut', 'Any', 'Unpin', 'DoubleEndedIterator', 'ExactSizeIterator', 'FromIterator', 'Extend', 'Sum', 'Product', 'BitAnd', 'BitOr', 'BitXor', 'Shl', 'Shr', 'Hasher']);
/** Path prefixes of std modules, stripped when resolving `std::rc::Rc` or `std::mem::swap`. */
export const STD_ROOTS = new Set(['std', 'core', 'alloc']);
/** std modules with functions of their own (declared as `impl thread { .. }`) and types. */
const TYPE_MODULES = new Set(['thread', 'mpsc']);
const STD_MODULES = new Set(['rc', 'sync', 'time', 'cell', 'collections', 'hash_map', 'hash', 'fmt', 'string', 'vec', 'boxed', 'option', 'result', 'iter', 'ops', 'cmp', 'convert', 'num', 'slice', 'str', 'array', 'borrow']);

export interface TyScope {
  /** Generic parameters in scope, by name. */
  readonly params: ReadonlyMap<string, Ty>;
  readonly selfTy: Ty | null;
  readonly lifetimes: ReadonlySet<string>;
  /** `impl Trait` in argument position adds synthetic params here (null: not allowed). */
  readonly implTraitParams: TypeParamDef[] | null;
  /** Associated types of the impl being lowered (`Self::Item`). */
  readonly assocTys: ReadonlyMap<string, Ty> | null;
  /** Allow `impl Trait` in return position. */
  readonly allowOpaque: boolean;
  /** The const parameters among `params` (`const N: usize`), by name: their type. */
  readonly constParams?: ReadonlyMap<string, Ty>;
  /** The std trait each `I::Item` / `T::Output` of the item's parameters comes from (`stdProjectionsOf`). */
  readonly stdProjections?: ReadonlyMap<string, string>;
}

export const EMPTY_SCOPE: TyScope = { params: new Map(), selfTy: null, lifetimes: new Set(), implTraitParams: null, assocTys: null, allowOpaque: false };

/** A method of an impl, found by name (see `Items.implsWithMethod`). */
export interface ImplMethod {
  readonly impl: ImplInfo;
  readonly fn: FnId;
}

/**
 * Everything collected from a prelude crate. The prelude is the same for every
 * program, so it is collected once per prelude `Crate` object and shared: its
 * tables are never written after collection (user items go to their own maps;
 * prelude FnDefs/AdtInfos/ImplInfos are not mutated by user collection).
 */
interface PreludeSnapshot {
  readonly fns: readonly FnDef[];
  readonly adts: readonly AdtInfo[];
  readonly impls: readonly ImplInfo[];
  readonly preludeTraits: Map<string, TraitInfo>;
  readonly preludeValues: Map<string, ValueItem>;
  readonly preludeTypes: Map<string, TypeItem>;
  readonly modules: Map<string, Map<string, FnId>>;
  readonly methodIndex: ReadonlyMap<string, readonly ImplMethod[]>;
  readonly diagnostics: readonly Diagnostic[];
}

const preludeSnapshots = new WeakMap<Crate, PreludeSnapshot>();

export class Items implements TyNames {
  readonly fns: FnDef[] = [];
  readonly adts: AdtInfo[] = [];
  readonly traits: TraitInfo[] = []; // user traits, indexed by TraitId
  preludeTraits = new Map<string, TraitInfo>();
  readonly impls: ImplInfo[] = [];
  /**
   * The parameters standing for a user trait's associated types (`Self::A` in its own signatures,
   * `T::Output` in a generic item's), by index; `base` is the index of the parameter projected from.
   */
  readonly assocParams = new Map<number, { readonly trait: number | string; readonly name: string; readonly base: number }>();
  /** The bounds a user trait puts on its associated types (`type Item: Display + Clone;`), by `trait:name`. */
  readonly assocBounds = new Map<string, readonly TraitRef[]>();
  /** The same parameters by `trait:name:base:shown`, so that every `T::Output` of one item is one type. */
  private readonly assocParamKeys = new Map<string, Ty>();

  /** The parameter standing for `<param #base as trait>::name`. */
  assocParam(trait: number | string, name: string, base: number, shown: string): Ty {
    const key = `${trait}:${name}:${base}:${shown}`;
    let t = this.assocParamKeys.get(key);
    if (!t) {
      const index = ASSOC_PARAM_INDEX + this.assocParams.size;
      this.assocParams.set(index, { trait, name, base });
      t = { k: 'param', name: shown, index };
      this.assocParamKeys.set(key, t);
    }
    return t;
  }
  readonly consts: ConstInfo[] = [];
  readonly statics: StaticInfo[] = [];
  readonly values = new Map<string, ValueItem>();
  readonly types = new Map<string, TypeItem>();
  preludeValues = new Map<string, ValueItem>();
  preludeTypes = new Map<string, TypeItem>();
  /** Prelude `impl mem { .. }` etc.: module name → fn name → FnId. */
  modules = new Map<string, Map<string, FnId>>();
  readonly diagnostics: Diagnostic[] = [];
  /** Impl methods whose signature is not their trait's (E0053, E0185, E0186): rustc checks no call of them further. */
  readonly badSigFns = new Set<FnId>();
  main: FnId | null = null;
  /** True while collecting the prelude (its names go to the prelude tables). */
  private inPrelude = true;
  /** Identifies the shared prelude tables (the same object for every check with the same prelude): a key for per-prelude caches. */
  preludeKey: object | null = null;
  /** Impl methods by name, prelude impls (shared) and user impls, each in impl order. */
  private preludeMethodIndex: ReadonlyMap<string, readonly ImplMethod[]> = new Map();
  private readonly userMethodIndex = new Map<string, ImplMethod[]>();

  constructor(readonly infer: Infer) {}

  /** The impls defining a method `name` (inherent or trait, with trait defaults filled in), in impl order. */
  implsWithMethod(name: string): readonly ImplMethod[] {
    const p = this.preludeMethodIndex.get(name);
    const u = this.userMethodIndex.get(name);
    if (!u) return p ?? NO_METHODS;
    return p ? [...p, ...u] : u;
  }

  adtName(id: AdtId): string {
    const adt = this.adts[id];
    // rustc's labels name `std::fmt::Error` as `Error` (`expected \`Result<u8, Error>\``).
    if (adt?.isPrelude && adt.name === 'FmtError') return 'Error';
    return adt?.name ?? `adt#${id}`;
  }
  isStdCow(id: AdtId): boolean {
    return this.adts[id] !== undefined && isStdCow(this.adts[id]);
  }
  traitName(id: number): string {
    return this.traits[id]?.name ?? `trait#${id}`;
  }

  traitByKey(key: number | string): TraitInfo | null {
    return typeof key === 'number' ? this.traits[key] ?? null : this.preludeTraits.get(key) ?? null;
  }

  // ------------------------------------------------------------ collection

  collect(prelude: Crate, crate: Crate): void {
    this.usePrelude(prelude);
    this.inPrelude = false;
    this.collectCrate(crate);
    for (const impl of this.impls) {
      if (impl.isPrelude) continue;
      for (const [name, fn] of impl.methods) {
        let list = this.userMethodIndex.get(name);
        if (!list) this.userMethodIndex.set(name, (list = []));
        list.push({ impl, fn });
      }
    }
  }

  /** Loads the prelude's items from the per-process cache, collecting them on first use. */
  private usePrelude(prelude: Crate): void {
    let snap = preludeSnapshots.get(prelude);
    if (!snap) {
      const preludeInfer = new Infer();
      const fresh = new Items(preludeInfer);
      fresh.collectCrate(prelude);
      // Shared types must not mention inference variables (each run has its own table).
      if (preludeInfer.count !== 0) throw new Error('memviz: the prelude must not need type inference');
      const methodIndex = new Map<string, ImplMethod[]>();
      for (const impl of fresh.impls) {
        for (const [name, fn] of impl.methods) {
          let list = methodIndex.get(name);
          if (!list) methodIndex.set(name, (list = []));
          list.push({ impl, fn });
        }
      }
      snap = {
        fns: fresh.fns, adts: fresh.adts, impls: fresh.impls, preludeTraits: fresh.preludeTraits,
        preludeValues: fresh.preludeValues, preludeTypes: fresh.preludeTypes, modules: fresh.modules,
        methodIndex, diagnostics: fresh.diagnostics,
      };
      preludeSnapshots.set(prelude, snap);
    }
    this.preludeKey = snap;
    this.fns.push(...snap.fns);
    this.adts.push(...snap.adts);
    this.impls.push(...snap.impls);
    this.diagnostics.push(...snap.diagnostics);
    this.preludeTraits = snap.preludeTraits;
    this.preludeValues = snap.preludeValues;
    this.preludeTypes = snap.preludeTypes;
    this.modules = snap.modules;
    this.preludeMethodIndex = snap.methodIndex;
  }

  private collectCrate(crate: Crate): void {
    const items = crate.items;
    this.crateItems = items;
    for (const item of items) if (item.kind === 'use') this.noteStdImports(item);
    // Pass 1: names of types and traits, so signatures can refer to each other in any order.
    for (const item of items) this.declareType(item);
    // Array lengths in field types may name consts defined further on (`cells: [bool; W]`).
    for (const item of items) if (item.kind === 'const' && item.value) this.constValues.set(item.name.name, item.value);
    // Type parameters' defaults (`struct Wrapper<T = i32>`), before any field's type names the ADT.
    for (const item of items) if ((item.kind === 'struct' || item.kind === 'enum') && item.generics.types.some((t) => t.default)) this.defineTypeDefaults(item);
    // Pass 2: ADT fields, trait and impl signatures, free fns, consts, statics.
    for (const item of items) if (item.kind === 'struct' || item.kind === 'enum') this.defineAdt(item);
    if (!this.inPrelude) {
      this.checkInfiniteSize();
      checkPackedAlign(this.adts, (id) => !this.adts[id].isPrelude, this.diagnostics);
    }
    for (const item of items) if (item.kind === 'trait') this.defineTrait(item);
    for (const item of items) {
      switch (item.kind) {
        case 'fn': this.defineFreeFn(item); break;
        case 'impl': this.defineImpl(item); break;
        case 'const': this.defineConst(item); break;
        case 'static': this.defineStatic(item); break;
        case 'use': this.defineUse(item); break;
        default: break;
      }
    }
    if (!this.inPrelude) {
      this.checkSupertraits();
      this.checkIteratorImpls();
      this.checkIntoConflicts();
      this.checkImplConflicts();
      this.checkConstCalls(items);
      this.collected = true;
      this.checkDynUses();
    }
  }

  /** `dyn Trait` types written so far, checked once every trait is known (E0038). */
  private readonly dynUses: { trait: number; at: Span }[] = [];
  private collected = false;
  private readonly reportedDyn = new Set<string>();

  /**
   * E0191: `dyn Iterator` must say what it yields (`dyn Iterator<Item = u32>`), and `dyn Container` each
   * associated type of the program's trait.
   */
  private checkDynAssocTys(path: Path, key: number | string | undefined): void {
    const seg = path.segments[path.segments.length - 1];
    const trait = typeof key === 'number' ? this.traits[key] : undefined;
    const declared = trait ? trait.ast.items.filter((m) => m.kind === 'type' && !m.ty).map((m) => m.name.name)
      : seg.name.name === 'Iterator' && key === 'Iterator' ? ['Item'] : [];
    const missing = declared.filter((n) => !seg.args?.bindings.some((b) => b.name === n));
    if (missing.length === 0 || this.reportedDyn.has(`E0191@${path.span.start}`)) return;
    this.reportedDyn.add(`E0191@${path.span.start}`);
    const names = missing.map((n) => `\`${n}\``);
    const list = names.length === 1 ? `type ${names[0]}` : `types ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const traitName = trait?.name ?? seg.name.name;
    this.diagnostics.push(error('typeck', 'E0191', `the value of the associated ${list} in \`${traitName}\` must be specified`, path.span, [label(path.span, '', true)]));
  }

  /**
   * std's traits that no vtable can serve: `dyn Clone` (E0038: `clone` returns `Self`, so the trait
   * requires `Self: Sized`), `dyn Eq`/`dyn Ord` (E0038: `Self` as a type parameter), and
   * `dyn PartialEq`/`dyn PartialOrd` without `Rhs` (E0393: the default is `Self`).
   */
  private checkStdDyn(trait: string, path: Path): void {
    const seg = path.segments[path.segments.length - 1];
    const at = seg.name.span;
    if (this.reportedDyn.has(`${at.start}`)) return;
    const why = STD_SIZED_TRAITS.has(trait) ? 'it requires `Self: Sized`' : trait === 'Eq' || trait === 'Ord' ? 'it uses `Self` as a type parameter' : null;
    if (why) {
      this.reportedDyn.add(`${at.start}`);
      this.diagnostics.push(error('typeck', 'E0038', `the trait \`${trait}\` is not dyn compatible`, at, [label(at, `\`${trait}\` is not dyn compatible`, true)], [`note: the trait is not dyn compatible because ${why}`]));
    } else if ((trait === 'PartialEq' || trait === 'PartialOrd') && !seg.args?.types.length) {
      this.reportedDyn.add(`${at.start}`);
      this.diagnostics.push(error('typeck', 'E0393', 'the type parameter `Rhs` must be explicitly specified', at, [label(at, 'missing reference to `Rhs`', true)], ['note: because the parameter default references `Self`, the parameter must be specified on the trait object type']));
    }
  }

  /**
   * E0038: a trait used as `dyn Trait` must allow a vtable: no method returning or taking `Self`,
   * no generic method, no associated function without `self`, unless it says `where Self: Sized`.
   */
  private checkDynUses(): void {
    for (const use of this.dynUses.splice(0)) {
      const trait = this.traits[use.trait];
      const key = `${use.at.start}`;
      if (!trait || this.reportedDyn.has(key)) continue;
      const why = dynIncompatibility(trait.ast);
      if (!why) continue;
      this.reportedDyn.add(key);
      this.diagnostics.push(error('typeck', 'E0038', `the trait \`${trait.name}\` is not dyn compatible`, use.at, [label(use.at, `\`${trait.name}\` is not dyn compatible`, true)], [`note: ...because ${why}`]));
    }
  }

  /**
   * E0277: `impl Student for Bob` where `trait Student: Person` and Bob has no `Person` (nor, for a
   * derivable std supertrait, a derive). Impls for generic or std types are not judged.
   */
  private checkSupertraits(): void {
    const derivable = new Set(['Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default']);
    for (const impl of this.impls) {
      // `impl Error for MyError {}`: std's `Error: Debug + Display`.
      if (impl.traitName === 'Error' && !impl.trait && !impl.isPrelude && impl.selfTy.k === 'adt') {
        const self = impl.selfTy;
        const adt = this.adts[self.adt];
        const at = impl.ast.selfTy.span;
        for (const [sup, shown] of [['Display', 'std::fmt::Display'], ['Debug', 'Debug']] as const) {
          if (adt.derives.includes(sup) || this.impls.some((i) => i.traitName === sup && (i.selfTy.k !== 'adt' || i.selfTy.adt === self.adt))) continue;
          this.diagnostics.push(error('typeck', 'E0277', `\`${adt.name}\` doesn't implement \`${shown}\``, at, [label(at, 'unsatisfied trait bound', true)]));
        }
      }
      if (!impl.trait || impl.trait.isPrelude || impl.selfTy.k !== 'adt' || impl.isPrelude) continue;
      const self = impl.selfTy;
      const adt = this.adts[self.adt];
      for (const sup of impl.trait.supertraits) {
        let ok: boolean;
        if (typeof sup.trait === 'number') {
          ok = this.impls.some((i) => i.trait?.key === sup.trait && (i.selfTy.k !== 'adt' || i.selfTy.adt === self.adt));
        } else if (derivable.has(sup.trait) || sup.trait === 'Display') {
          ok = adt.derives.includes(sup.trait) || this.impls.some((i) => i.traitName === sup.trait && (i.selfTy.k !== 'adt' || i.selfTy.adt === self.adt));
        } else ok = true;
        if (ok) continue;
        const name = typeof sup.trait === 'number' ? this.traits[sup.trait].name : sup.trait;
        const at = impl.ast.selfTy.span;
        const message = name === 'Display' ? `\`${adt.name}\` doesn't implement \`std::fmt::Display\``
          : name === 'Debug' ? `\`${adt.name}\` doesn't implement \`Debug\`` : `the trait bound \`${adt.name}: ${name}\` is not satisfied`;
        this.diagnostics.push(error('typeck', 'E0277', message, at, [label(at, 'unsatisfied trait bound', true)]));
        // Each call of the trait's methods on the type asks it again (see `checkMethodCall`).
        (impl.unmetSupertraits ??= []).push(message);
      }
    }
  }

  private get valueTable(): Map<string, ValueItem> {
    return this.inPrelude ? this.preludeValues : this.values;
  }
  private get typeTable(): Map<string, TypeItem> {
    return this.inPrelude ? this.preludeTypes : this.types;
  }

  /**
   * E0072: a struct or enum that holds itself by value (`enum List { Cons(i32, List), Nil }`)
   * would have infinite size; a `Box`, `Vec`, `Rc` or reference in between breaks the cycle.
   */
  /** True when a value of type `t` holds a `target` in place, not behind a pointer. */
  holdsByValue(t: Ty, target: AdtId, seen: Set<AdtId> = new Set()): boolean {
    switch (t.k) {
      case 'adt': {
        if (t.adt === target) return true;
        if (seen.has(t.adt)) return false;
        seen.add(t.adt);
        return this.adts[t.adt].variants.some((v) => v.fields.some((f) => this.holdsByValue(f.ty, target, seen)));
      }
      case 'tuple': return t.elems.some((e) => this.holdsByValue(e, target, seen));
      case 'array': return this.holdsByValue(t.elem, target, seen);
      case 'builtin': return (t.name === 'Option' || t.name === 'RefCell' || t.name === 'Cell' || t.name === 'Result') && t.args.some((a) => this.holdsByValue(a, target, seen));
      default: return false;
    }
  }

  /** The types E0072 found of infinite size, and the span it reported each at. */
  readonly infinite: { readonly adt: AdtId; readonly at: Span }[] = [];

  private checkInfiniteSize(): void {
    for (const adt of this.adts) {
      if (adt.isPrelude) continue;
      const astFields = adt.ast.kind === 'struct' ? [adt.ast.fields] : adt.ast.variants.map((v) => v.fields);
      const culprits: Span[] = [];
      adt.variants.forEach((v, vi) => v.fields.forEach((f, fi) => {
        if (this.holdsByValue(f.ty, adt.id)) culprits.push(astFields[vi]?.[fi]?.ty.span ?? f.span);
      }));
      if (culprits.length === 0) continue;
      const head = { ...adt.ast.span, end: adt.ast.name.span.end, endLine: adt.ast.name.span.endLine, endCol: adt.ast.name.span.endCol };
      this.infinite.push({ adt: adt.id, at: head });
      this.diagnostics.push(error('typeck', 'E0072', `recursive type \`${adt.name}\` has infinite size`, head,
        [label(head, '', true), ...culprits.map((s) => label(s, 'recursive without indirection', false))],
        ['help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle']));
    }
  }

  /** E0262 (`'static` declared as a parameter) and E0403 (a name declared twice in one list). */
  private checkGenericNames(g: GenericParams): void {
    if (this.inPrelude) return;
    const seen = new Map<string, Span>();
    const names = [...g.lifetimes.map((l) => ({ name: `'${l.name}`, span: l.span, lifetime: l.name })), ...g.types.map((t) => ({ name: t.name.name, span: t.name.span, lifetime: null }))];
    for (const n of names) {
      if (n.lifetime === 'static') {
        this.diagnostics.push(error('resolve', 'E0262', "invalid lifetime parameter name: `'static`", n.span, [label(n.span, "'static is a reserved lifetime name", true)]));
        continue;
      }
      const first = seen.get(n.name);
      if (first) {
        this.diagnostics.push(error('resolve', 'E0403', `the name \`${n.name}\` is already used for a generic parameter in this item's generic parameters`, n.span, [label(first, `first use of \`${n.name}\``, false), label(n.span, 'already used', true)]));
      } else seen.set(n.name, n.span);
    }
  }

  private declareType(item: Item): void {
    if (item.kind === 'struct' || item.kind === 'enum' || item.kind === 'trait' || item.kind === 'type') this.checkGenericNames(item.generics);
    if (item.kind === 'struct' || item.kind === 'enum') {
      const id = this.adts.length;
      const derives = item.attrs.filter((a) => a.name === 'derive').flatMap((a) => a.args);
      const hasConsts = item.generics.types.some((t) => t.konst);
      this.adts.push({
        id, name: shownName(item.name), kind: item.kind, ast: item,
        typeParams: item.generics.types.map((t) => t.name.name),
        ...(hasConsts ? { constTys: item.generics.types.map((t) => (t.konst ? this.constParamTy(t) : null)) } : {}),
        lifetimes: item.generics.lifetimes.map((l) => l.name),
        variants: [], defaultVariant: null, derives, dropFn: null, isPrelude: this.inPrelude,
        repr: readRepr(item, this.inPrelude ? [] : this.diagnostics),
      });
      this.typeTable.set(item.name.name, { k: 'adt', adt: id });
      if (item.kind === 'struct' && item.shape !== 'named') this.valueTable.set(item.name.name, { k: 'ctor', adt: id, variant: 0 });
    } else if (item.kind === 'trait') {
      const key = this.inPrelude ? item.name.name : this.traits.length;
      const info: TraitInfo = { key, name: item.name.name, ast: item, methods: new Map(), consts: new Map(), isPrelude: this.inPrelude, supertraits: [] };
      if (this.inPrelude) this.preludeTraits.set(item.name.name, info);
      else this.traits.push(info);
      this.typeTable.set(item.name.name, { k: 'trait', trait: info });
    } else if (item.kind === 'type') {
      if (item.ty) this.typeTable.set(item.name.name, { k: 'alias', ty: item.ty, generics: item.generics });
    }
  }

  private adtScope(adt: AdtInfo): TyScope {
    const params = new Map<string, Ty>();
    const constParams = new Map<string, Ty>();
    adt.typeParams.forEach((name, index) => {
      params.set(name, { k: 'param', name, index });
      const konst = adt.constTys?.[index];
      if (konst) constParams.set(name, konst);
    });
    const selfTy: Ty = { k: 'adt', adt: adt.id, args: adt.typeParams.map((name, index) => ({ k: 'param', name, index })) };
    return { ...EMPTY_SCOPE, params, selfTy, lifetimes: new Set(adt.lifetimes), constParams };
  }

  /** The types a struct's or enum's type parameters default to (they may name the parameters before them). */
  private defineTypeDefaults(item: StructItem | EnumItem): void {
    const adt = this.adts.find((a) => a.ast === item)!;
    const scope = this.adtScope(adt);
    adt.defaults = item.generics.types.map((t) => (t.default ? this.lowerTy(t.default, scope) : null));
  }

  private defineAdt(item: StructItem | EnumItem): void {
    const adt = this.adts.find((a) => a.ast === item)!;
    // `prev: Option<I::Item>` with `I: Iterator`: a parameter standing for the item of whatever `I` is.
    const scope: TyScope = { ...this.adtScope(adt), stdProjections: this.inPrelude ? undefined : this.stdProjectionsOf(item.generics) };
    // (Defaults are values of the crate's constants, known from here on.)
    if (item.generics.types.some((t) => t.konst?.default)) adt.defaults = item.generics.types.map((t, i) => (t.konst?.default ? this.constArg(t.konst.default, EMPTY_SCOPE) : adt.defaults?.[i] ?? null));
    if (!this.inPrelude) this.defineFnBounds(adt, item.generics, scope);
    const fieldsOf = (fields: StructItem['fields'], unsizedLast: boolean) =>
      fields.map((f, i) => {
        if (!this.inPrelude) this.checkFieldLifetimes(f.ty);
        const ty = this.lowerTy(f.ty, scope);
        // Only a struct's last field may be unsized (the struct then is too); an enum's never.
        if (!(unsizedLast && i === fields.length - 1)) this.requireSized(ty, f.ty.span, true);
        return { name: f.name ? f.name.name : String(i), ty, span: f.span };
      });
    if (item.kind === 'struct') {
      adt.variants = [{ name: item.name.display ?? item.name.name, shape: item.shape, fields: fieldsOf(item.fields, true), discriminant: 0n }];
    } else {
      let next = 0n;
      adt.variants = item.variants.map((v) => {
        let disc = next;
        if (v.discriminant && v.discriminant.kind === 'lit' && v.discriminant.lit.kind === 'int') disc = v.discriminant.lit.value;
        else if (v.discriminant && v.discriminant.kind === 'unary' && v.discriminant.op === '-' && v.discriminant.operand.kind === 'lit' && v.discriminant.operand.lit.kind === 'int') disc = -v.discriminant.operand.lit.value;
        else if (v.discriminant) this.diagnostics.push(unsupported('typeck', 'non-literal enum discriminants', v.discriminant.span));
        next = disc + 1n;
        return { name: v.name.name, shape: v.shape, fields: fieldsOf(v.fields, false), discriminant: disc };
      });
      if (adt.repr?.int) checkDiscriminants(item, adt.repr.int, adt.variants.map((v) => v.discriminant), this.diagnostics);
      const marked = item.variants.findIndex((v) => v.isDefault);
      adt.defaultVariant = marked >= 0 ? marked : null;
    }
  }

  private defineTrait(item: TraitItem): void {
    const info = this.inPrelude ? this.preludeTraits.get(item.name.name)! : this.traits.find((t) => t.ast === item)!;
    const selfParam: Ty = { k: 'param', name: 'Self', index: 0 };
    const params = new Map<string, Ty>([['Self', selfParam]]);
    const typeParams: TypeParamDef[] = [{ name: 'Self', bounds: [{ trait: info.key, args: [] }] }];
    const constParams = new Map<string, Ty>();
    this.pushParams(item.generics, typeParams, params, constParams);
    // `Self::A` in the trait's own signatures: a parameter that no argument list reaches (its index is past
    // them all), so it stays itself when `Self` is substituted; an impl's method is checked with its own types.
    const assocTys = new Map<string, Ty>();
    for (const member of this.inPrelude ? [] : item.items) {
      if (member.kind !== 'type') continue;
      assocTys.set(member.name.name, this.assocParam(info.key, member.name.name, 0, `Self::${member.name.name}`));
    }
    const scope: TyScope = { ...EMPTY_SCOPE, params, selfTy: selfParam, lifetimes: new Set(item.generics.lifetimes.map((l) => l.name)), assocTys, constParams };
    if (item.generics.types.some((t) => t.default)) info.defaults = item.generics.types.map((t) => (t.default ? this.lowerTy(t.default, scope) : null));
    info.supertraits = item.supertraits.flatMap((b) => this.lowerBound(b, scope) ?? []);
    for (const member of this.inPrelude ? [] : item.items) {
      if (member.kind === 'type' && member.bounds) this.assocBounds.set(`${info.key}:${member.name.name}`, member.bounds.flatMap((b) => this.lowerBound(b, scope) ?? []));
    }
    for (const member of item.items) {
      if (member.kind === 'const') {
        const ty = this.lowerTy(member.ty, scope);
        info.consts.set(member.name.name, { ty, defaultId: member.value ? this.defineConst(member, `${item.name.name}::${member.name.name}`, scope) : -1 });
        continue;
      }
      if (member.kind !== 'fn') continue;
      const id = this.defineFn(member, {
        name: `${item.name.name}::${member.name.name}`, kind: 'method', scope, parentParams: typeParams,
        impl: null, trait: info, builtin: member.body ? null : `${item.name.name}::${member.name.name}`,
      });
      info.methods.set(member.name.name, id);
    }
  }

  private defineFreeFn(item: FnItem): void {
    const id = this.defineFn(item, { name: shownName(item.name), kind: 'fn', scope: EMPTY_SCOPE, parentParams: [], impl: null, trait: null, builtin: null });
    if (this.valueTable.has(item.name.name) && !this.inPrelude) {
      this.diagnostics.push(unsupported('resolve', `two items named \`${item.name.name}\``, item.name.span));
    }
    this.valueTable.set(item.name.name, { k: 'fn', fn: id });
    if (!this.inPrelude && item.name.name === 'main') this.main = id;
  }

  /** The items of the crate being collected (an impl of `DoubleEndedIterator` reads its `Iterator` impl's `Item`). */
  private crateItems: readonly Item[] = [];

  /**
   * `Self::Item` in an impl of `DoubleEndedIterator` or `ExactSizeIterator`: the `type Item` of the
   * program's `impl Iterator` for the same type, written with the same generic names (null otherwise).
   */
  private iteratorItemOf(item: ImplItem): Type | null {
    const name = (t: ImplItem['selfTy']) => (t.kind === 'path' ? t.path.segments[t.path.segments.length - 1].name.name : null);
    const generics = (g: ImplItem['generics']) => [...g.lifetimes.map((l) => l.name), ...g.types.map((t) => t.name.name)].join(',');
    for (const other of this.crateItems) {
      if (other.kind !== 'impl' || !other.trait || other.trait.segments[other.trait.segments.length - 1].name.name !== 'Iterator') continue;
      if (name(other.selfTy) === null || name(other.selfTy) !== name(item.selfTy) || generics(other.generics) !== generics(item.generics)) continue;
      const ty = other.items.find((m): m is TypeAliasItem => m.kind === 'type' && m.name.name === 'Item');
      return ty?.ty ?? null;
    }
    return null;
  }

  private defineImpl(item: ImplItem): void {
    const index = this.impls.length;
    const typeParams: TypeParamDef[] = [];
    const params = new Map<string, Ty>();
    const lifetimes = new Set(item.generics.lifetimes.map((l) => l.name));
    let special: ImplInfo['special'] = null;
    let moduleName: string | null = null;
    let selfTy: Ty = ERROR;
    let builtinPrefix: string | null = null;
    const selfName = item.selfTy.kind === 'path' ? item.selfTy.path.segments[item.selfTy.path.segments.length - 1].name.name : null;
    if (this.inPrelude && (selfName === 'int' || selfName === 'float' || selfName === 'mem' || selfName === 'process' || selfName === 'panic' || selfName === 'any' || selfName === 'cmp' || selfName === 'iter' || selfName === 'thread' || selfName === 'mpsc' || selfName === 'array' || selfName === 'ptr' || selfName === 'slice')) {
      if (selfName === 'int' || selfName === 'float') {
        special = selfName;
        selfTy = { k: 'param', name: 'Self', index: 0 };
        typeParams.push({ name: 'Self', bounds: [] });
        params.set('Self', selfTy);
      } else {
        special = 'module';
        moduleName = selfName;
        selfTy = UNIT;
      }
      builtinPrefix = selfName;
    }
    const constParams = new Map<string, Ty>();
    this.pushParams(item.generics, typeParams, params, constParams);
    const stdProjections = this.inPrelude ? undefined : this.stdProjectionsOf(item.generics);
    const scope0: TyScope = { ...EMPTY_SCOPE, params, lifetimes, selfTy: special ? selfTy : null, constParams, stdProjections };
    if (!special) {
      this.checkGenericNames(item.generics);
      // `impl Excerpt` for `struct Excerpt<'a>`: rustc wants the lifetime written (`Excerpt<'_>`).
      if (!this.inPrelude && item.selfTy.kind === 'path' && this.hiddenLifetimes(item.selfTy.path) > 0) {
        const at = item.selfTy.path.segments[item.selfTy.path.segments.length - 1].name.span;
        this.diagnostics.push(error('resolve', 'E0726', 'implicit elided lifetime not allowed here', at, [label(at, 'expected lifetime parameter', true)], ["help: indicate the anonymous lifetime: `<'_>`"]));
      }
      selfTy = this.lowerTy(item.selfTy, scope0);
      if (this.inPrelude) builtinPrefix = builtinPrefixOf(selfTy, this);
    }
    const assocBounds = new Map<number, readonly TraitRef[]>();
    this.fillBounds(item.generics, typeParams, scope0, assocBounds);
    const assocTys = new Map<string, Ty>();
    const scope: TyScope = { ...scope0, selfTy, assocTys };
    let trait: TraitInfo | null = null;
    let traitName: string | null = null;
    if (item.trait) {
      traitName = item.trait.segments[item.trait.segments.length - 1].name.name;
      const found = this.lookupType(item.trait);
      if (found && found.k === 'trait') {
        trait = found.trait;
        // A hasher of the program's own: what std's `Hash` impls write would have to go through its methods.
        if (trait.isPrelude && traitName === 'Hasher') this.diagnostics.push(unsupported('typeck', `implementing the std trait \`${traitName}\``, item.trait.span));
      } else if (!STD_TRAITS.has(traitName)) {
        this.diagnostics.push(error('resolve', 'E0405', `cannot find trait \`${traitName}\` in this scope`, item.trait.segments[item.trait.segments.length - 1].name.span, [label(item.trait.span, 'not found in this scope', true)]));
      } else if (!IMPLEMENTABLE_STD_TRAITS.has(traitName)) {
        this.diagnostics.push(unsupported('typeck', `implementing the std trait \`${traitName}\``, item.trait.span));
      }
    }
    for (const member of item.items) if (member.kind === 'type' && member.ty) assocTys.set(member.name.name, this.lowerTy(member.ty, scope));
    if (!this.inPrelude && (traitName === 'DoubleEndedIterator' || traitName === 'ExactSizeIterator') && !assocTys.has('Item')) {
      const itemTy = this.iteratorItemOf(item);
      if (itemTy) assocTys.set('Item', this.lowerTy(itemTy, scope));
    }
    const written = trait && !trait.isPrelude ? (item.trait!.segments[item.trait!.segments.length - 1].args?.types ?? []).map((t) => this.lowerTy(t, scope)) : [];
    const traitArgs = trait ? this.withTraitDefaults(trait, written, selfTy) : written;
    const info: ImplInfo = {
      index, selfTy, special, moduleName, typeParams, trait, traitName, traitArgs, methods: new Map(), assocTys, consts: new Map(),
      isPrelude: this.inPrelude, ast: item, builtinPrefix, assocBounds,
    };
    this.impls.push(info);
    // (A std trait's arguments are not lowered here: only the program's traits and inherent impls are judged.)
    if (!this.inPrelude && !special && !trait?.isPrelude && !(traitName && !trait)) this.checkImplParamsConstrained(item, typeParams, [selfTy, ...traitArgs]);
    const selfName2 = this.inPrelude ? builtinPrefix ?? '?' : tyShortName(selfTy, this);
    for (const member of item.items) {
      if (member.kind === 'const') {
        // An impl's constant is a const like any other, reached through its type (`Self::PI`, `Circle::SIDES`)
        // or, for a trait's, through a type parameter bound by the trait (`T::SIDES`).
        if (traitName && !trait) this.diagnostics.push(unsupported('typeck', `associated constants of the std trait \`${traitName}\``, member.span));
        else if (trait && !trait.consts.has(member.name.name)) {
          this.diagnostics.push(error('typeck', 'E0438', `const \`${member.name.name}\` is not a member of trait \`${trait.name}\``, member.span, [label(member.span, `not a member of trait \`${trait.name}\``, true)]));
        } else if (typeParams.length > 0 || !member.value) this.diagnostics.push(unsupported('typeck', 'associated constants of generic impls', member.span));
        else info.consts!.set(member.name.name, this.defineConst(member, `${selfName2}::${member.name.name}`, scope));
        continue;
      }
      if (member.kind !== 'fn') continue;
      if (!this.inPrelude && info.methods.has(member.name.name)) {
        this.duplicateMethod(item, member, traitName !== null);
        continue;
      }
      const displayName = traitName ? `<${selfName2} as ${traitName}>::${member.name.name}` : `${selfName2}::${member.name.name}`;
      const builtin = member.body ? null : `${builtinPrefix ?? selfName2}::${member.name.name}`;
      const id = this.defineFn(member, { name: displayName, kind: member.selfParam ? 'method' : 'fn', scope, parentParams: typeParams, impl: info, trait, builtin });
      info.methods.set(member.name.name, id);
      if (special === 'module') {
        let m = this.modules.get(moduleName!);
        if (!m) this.modules.set(moduleName!, (m = new Map()));
        m.set(member.name.name, id);
      }
    }
    if (traitName === 'Drop' && selfTy.k === 'adt') {
      const dropFn = info.methods.get('drop');
      // (A prelude ADT's entry is shared between runs: an orphan `impl Drop` must not change it.)
      if (dropFn !== undefined && !this.adts[selfTy.adt].isPrelude) this.adts[selfTy.adt].dropFn = dropFn;
    }
    if (!this.inPrelude && traitName && (!trait || trait.isPrelude)) this.checkOrphan(item, selfTy);
    if (!this.inPrelude && traitName) {
      this.checkTraitItemsGiven(item, trait, traitName);
      this.checkMethodOutputs(item, info, trait, traitName);
    }
    if (trait) {
      // Trait methods and constants the impl leaves out use the trait's defaults.
      for (const [name, fn] of trait.methods) if (!info.methods.has(name) && this.fns[fn].ast?.body) info.methods.set(name, fn);
      for (const [name, c] of trait.consts) if (!info.consts!.has(name) && c.defaultId >= 0) info.consts!.set(name, c.defaultId);
    }
  }

  /**
   * E0119: `impl Into<F> for C` beside `impl From<C> for F`, which already gives C std's blanket
   * `impl<T, U: From<T>> Into<U> for T`.
   */
  private checkIntoConflicts(): void {
    for (const into of this.impls) {
      const intoFn = !into.isPrelude && into.traitName === 'Into' ? into.methods.get('into') : undefined;
      if (intoFn === undefined || into.typeParams.length > 0) continue;
      const target = this.fns[intoFn].output;
      const clash = this.impls.some((from) => {
        const fromFn = !from.isPrelude && from.traitName === 'From' && from.typeParams.length === 0 ? from.methods.get('from') : undefined;
        const input = fromFn === undefined ? undefined : this.fns[fromFn].inputs[0];
        return input !== undefined && tyEq(from.selfTy, target) && tyEq(input, into.selfTy);
      });
      if (!clash) continue;
      const at = { ...into.ast.span, end: into.ast.selfTy.span.end, endLine: into.ast.selfTy.span.endLine, endCol: into.ast.selfTy.span.endCol };
      this.diagnostics.push(error('typeck', 'E0119', `conflicting implementations of trait \`Into<${tyToString(target, this)}>\` for type \`${tyToString(into.selfTy, this)}\``, at,
        [label(at, '', true)], ['note: conflicting implementation in crate `core`:\n- impl<T, U> Into<U> for T\n  where U: From<T>;']));
    }
  }

  /**
   * E0119: two of the program's impls of one trait that both apply to some type: written twice for it,
   * a generic one that covers a concrete one (`impl<T: Display> Describe for T` and `impl Describe for
   * i32`), or two for any type. Reported at the later one; what memviz cannot judge is let be.
   */
  private checkImplConflicts(): void {
    const own = this.impls.filter((i) => !i.isPrelude && i.traitName !== null && i.special === null && !mentionsUnresolved(i.selfTy));
    for (let j = 1; j < own.length; j++) {
      for (let i = 0; i < j; i++) {
        const clash = this.implsOverlap(own[i], own[j]);
        if (!clash) continue;
        const head = (impl: ImplInfo): Span => ({ ...impl.ast.span, end: impl.ast.selfTy.span.end, endLine: impl.ast.selfTy.span.endLine, endCol: impl.ast.selfTy.span.endCol });
        const forTy = clash.forTy ? tyToString(clash.forTy, this) : null;
        const at = head(own[j]);
        this.diagnostics.push(error('typeck', 'E0119', `conflicting implementations of trait \`${clash.trait}\`${forTy ? ` for type \`${forTy}\`` : ''}`, at,
          [label(at, forTy ? `conflicting implementation for \`${forTy}\`` : 'conflicting implementation', true), label(head(own[i]), 'first implementation here')]));
        break;
      }
    }
  }

  /** Whether impls `a` and `b` surely overlap: the trait as rustc shows it, and the type both cover (null: any type). */
  private implsOverlap(a: ImplInfo, b: ImplInfo): { trait: string; forTy: Ty | null } | null {
    const std = (i: ImplInfo) => i.trait === null || i.trait.isPrelude;
    if (std(a) || std(b)) {
      // A std trait: the same concrete type twice, with no trait arguments to compare (`From<u8>`).
      const written = (i: ImplInfo) => (i.ast.trait!.segments.at(-1)!.args?.types.length ?? 0) > 0;
      if (!std(a) || !std(b) || a.traitName !== b.traitName || a.typeParams.length > 0 || b.typeParams.length > 0 || written(a) || written(b)) return null;
      if (!tyEq(a.selfTy, b.selfTy)) return null;
      const shown = a.traitName === 'Display' ? 'std::fmt::Display' : a.traitName === 'Error' ? 'std::error::Error' : a.traitName!;
      return { trait: shown, forTy: a.selfTy };
    }
    if (a.trait !== b.trait) return null;
    const args = (i: ImplInfo) => i.traitArgs ?? [];
    const shown = (targs: readonly Ty[]) => (targs.length ? `${a.trait!.name}<${targs.map((t) => tyToString(t, this)).join(', ')}>` : a.trait!.name);
    if (a.typeParams.length === 0 && b.typeParams.length === 0) {
      const same = tyEq(a.selfTy, b.selfTy) && args(a).length === args(b).length && args(a).every((t, k) => tyEq(t, args(b)[k]));
      return same && !args(a).some(mentionsUnresolved) ? { trait: shown(args(a)), forTy: a.selfTy } : null;
    }
    // Two impls for any type at all: some type could meet both impls' bounds.
    if (a.selfTy.k === 'param' && b.selfTy.k === 'param' && args(a).length === 0 && args(b).length === 0) return { trait: shown([]), forTy: null };
    const [generic, concrete] = a.typeParams.length === 0 ? [b, a] : [a, b];
    if (concrete.typeParams.length > 0 || args(concrete).some(mentionsUnresolved)) return null;
    const binds: (Ty | undefined)[] = generic.typeParams.map(() => undefined);
    if (!matchPattern(generic.selfTy, concrete.selfTy, binds) || args(generic).length !== args(concrete).length) return null;
    if (!args(generic).every((t, k) => matchPattern(t, args(concrete)[k], binds))) return null;
    const applies = generic.typeParams.every((p, k) => binds[k] !== undefined && !p.konst && !p.projection && this.boundsMayHold(p, binds[k]!));
    return applies ? { trait: shown(args(concrete)), forTy: concrete.selfTy } : null;
  }

  /**
   * Whether rustc's coherence check takes `t` to meet the parameter's bounds: a std trait of a std type
   * (if not now, then in some later std), a trait of a local type by its derives and impls, and the
   * program's trait by its impls for `t`. False also where memviz cannot tell.
   */
  private boundsMayHold(p: TypeParamDef, t: Ty): boolean {
    if (!p.maybeUnsized && (t.k === 'str' || t.k === 'slice' || t.k === 'dyn')) return false;
    const judged = new Set(['Display', 'Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Iterator']);
    return p.bounds.every((b) => {
      if (b.args.length > 0 || b.fnSig) return false;
      if (typeof b.trait === 'number') {
        const impls = this.impls.filter((i) => i.trait?.key === b.trait);
        return impls.every((i) => i.typeParams.length === 0) && impls.some((i) => tyEq(i.selfTy, t));
      }
      if (!judged.has(b.trait)) return false;
      if (t.k === 'adt' && !this.adts[t.adt].isPrelude) {
        return this.adts[t.adt].derives.includes(b.trait) || this.impls.some((i) => !i.isPrelude && i.traitName === b.trait && (i.trait === null || i.trait.isPrelude) && tyEq(i.selfTy, t));
      }
      return foreignTy(t, this);
    });
  }

  /**
   * E0277: `DoubleEndedIterator` and `ExactSizeIterator` extend `Iterator`: implementing one for a type
   * that is no iterator is rustc's "`Q` is not an iterator", at the type and at each method's signature.
   */
  private checkIteratorImpls(): void {
    for (const impl of this.impls) {
      if (impl.isPrelude || (impl.traitName !== 'DoubleEndedIterator' && impl.traitName !== 'ExactSizeIterator') || impl.selfTy.k !== 'adt') continue;
      const adt = impl.selfTy.adt;
      if (this.impls.some((i) => !i.isPrelude && i.traitName === 'Iterator' && i.selfTy.k === 'adt' && i.selfTy.adt === adt)) continue;
      const name = tyToString(impl.selfTy, this);
      const notIter = (at: Span) => this.diagnostics.push(error('typeck', 'E0277', `\`${name}\` is not an iterator`, at, [label(at, `\`${name}\` is not an iterator`, true)]));
      notIter(impl.ast.selfTy.span);
      for (const m of impl.ast.items) {
        if (m.kind !== 'fn') continue;
        const last = m.ret?.span ?? m.params.at(-1)?.span ?? m.selfParam?.span ?? m.name.span;
        notIter({ ...m.span, end: last.end, endLine: last.endLine, endCol: last.endCol });
      }
    }
  }

  /**
   * E0117 (the orphan rule): a std trait implemented for a std type, with no type of the program's own
   * as `Self` (looked for through `&` and `Box`, which std lets a local type lend its locality) or
   * among the trait's arguments (`impl From<Meters> for f64` is fine).
   */
  private checkOrphan(item: ImplItem, selfTy: Ty): void {
    const local = (t: Ty): boolean => {
      switch (t.k) {
        case 'adt': return !this.adts[t.adt].isPrelude;
        case 'ref': return local(t.inner);
        case 'builtin': return t.name === 'Box' && local(t.args[0]);
        case 'dyn': return t.traits.some((x) => typeof x.trait === 'number');
        default: return false;
      }
    };
    // A type parameter as Self is another error (E0210); an unreadable type was reported already.
    if (local(selfTy) || mentionsParam(selfTy) || selfTy.k === 'error' || selfTy.k === 'infer') return;
    let argIsLocal = false;
    for (const seg of item.trait!.segments) {
      for (const a of seg.args?.types ?? []) {
        walkPaths(a, (p) => {
          const found = this.types.get(p.segments[p.segments.length - 1].name.name);
          if (found && (found.k === 'adt' ? !this.adts[found.adt].isPrelude : true)) argIsLocal = true;
        });
      }
    }
    if (argIsLocal) return;
    const selfSpan = item.selfTy.span;
    const head = { ...item.span, end: selfSpan.end, endLine: selfSpan.endLine, endCol: selfSpan.endCol };
    const primitive = selfTy.k === 'int' || selfTy.k === 'float' || selfTy.k === 'bool' || selfTy.k === 'char' || selfTy.k === 'str' || selfTy.k === 'tuple' || selfTy.k === 'array' || selfTy.k === 'slice';
    if (primitive) {
      this.diagnostics.push(error('typeck', 'E0117', 'only traits defined in the current crate can be implemented for primitive types', head, [label(head, '', true)]));
      return;
    }
    const name = selfTy.k === 'builtin' ? selfTy.name : selfTy.k === 'adt' ? this.adts[selfTy.adt].name : tyToString(selfTy, this);
    this.diagnostics.push(error('typeck', 'E0117', 'only traits defined in the current crate can be implemented for types defined outside of the crate', head, [label(head, '', true), label(selfSpan, `\`${name}\` is not defined in the current crate`)]));
  }

  /**
   * E0053: an impl method whose return type is not its trait's (`-> &str` for `-> String`, or
   * `fmt` of Display/Debug written without `-> fmt::Result`). Plain signatures only: traits and
   * methods with generic parameters of their own are not compared.
   */
  private checkMethodOutputs(item: ImplItem, info: ImplInfo, trait: TraitInfo | null, traitName: string): void {
    for (const member of item.items) {
      if (member.kind !== 'fn') continue;
      const implFn = this.fns[info.methods.get(member.name.name) ?? -1];
      if (!implFn) continue;
      let want: Ty | null = null;
      let wantText = '';
      let fmtMissing = false; // Display/Debug's `fmt` written without a return type
      if (trait && !trait.isPrelude) {
        const traitFnId = trait.methods.get(member.name.name);
        const traitFn = traitFnId === undefined ? null : this.fns[traitFnId];
        if (traitFn && this.checkSelfDeclared(member, implFn, traitFn)) continue;
        if (!traitFn || traitFn.typeParams.length !== 1 || member.generics.types.length > 0) continue;
        // The trait's `Self::Out` is what this impl says it is.
        const inTrait = (t: Ty): Ty => (info.assocTys.size > 0 ? this.withAssocTys(substTy(t, [info.selfTy]), info) : substTy(t, [info.selfTy]));
        if (this.checkMethodInputs(member, implFn, traitFn, inTrait)) continue;
        want = inTrait(traitFn.output);
        wantText = tyToString(want, this);
      } else if ((!trait || trait.isPrelude) && traitName === 'Iterator' && member.name.name === 'next') {
        this.checkIteratorNext(member, implFn, info);
        continue;
      } else if (!trait && (traitName === 'Display' || traitName === 'Debug') && member.name.name === 'fmt') {
        if (member.ret) continue; // `fmt::Result` is not modelled as a type: only its absence is judged
        want = ERROR;
        wantText = 'Result<(), std::fmt::Error>';
        fmtMissing = true;
      } else continue;
      const found = implFn.output;
      if (!fmtMissing && (want.k === 'error' || found.k === 'error' || tyEq(want, found) || mentionsParam(want) || mentionsParam(found))) continue;
      // At the written return type, or just after the `)` where it would be.
      const last = member.params.length ? member.params[member.params.length - 1].span : member.selfParam?.span;
      const at = member.ret ? member.ret.span : last ? { start: last.end + 1, end: last.end + 2, line: last.endLine, col: last.endCol + 1, endLine: last.endLine, endCol: last.endCol + 2 } : member.name.span;
      this.diagnostics.push(error('typeck', 'E0053', `method \`${member.name.name}\` has an incompatible type for trait`, at, [label(at, `expected \`${wantText}\`, found \`${tyToString(found, this)}\``, true)]));
      this.badSigFns.add(implFn.id);
    }
  }

  /**
   * E0185/E0186: a `self` receiver in the impl's method but not in the trait's, or the other way
   * round; rustc points at the signatures (`fn` to the return type). True when one was reported.
   */
  private checkSelfDeclared(member: FnItem, implFn: FnDef, traitFn: FnDef): boolean {
    if ((implFn.selfMode === null) === (traitFn.selfMode === null)) return false;
    const sigSpan = (f: FnItem): Span => {
      const last = f.ret?.span ?? f.params.at(-1)?.span ?? f.selfParam?.span ?? f.name.span;
      // Up to the `)` when nothing follows the parameters.
      const close = f.ret ? 0 : 1;
      return { ...f.span, end: last.end + close, endLine: last.endLine, endCol: last.endCol + close };
    };
    const at = sigSpan(member);
    const name = member.name.name;
    // rustc names the receiver that is there: the impl's (its type for `self: Box<Self>`) or the trait's.
    const [mode, selfTy] = traitFn.selfMode === null ? [implFn.selfMode, tyToString(implFn.inputs[0], this)] : [traitFn.selfMode, 'Box<Self>'];
    const shown = mode === 'value' ? 'self' : mode === 'ref' ? '&self' : mode === 'refMut' ? '&mut self' : `self: ${selfTy}`;
    // A trait's declaration without a body is shown whole, its `;` too.
    const traitAt = traitFn.ast ? [label(traitFn.ast.body ? sigSpan(traitFn.ast) : traitFn.ast.span, traitFn.selfMode === null ? `trait method declared without \`${shown}\`` : `\`${shown}\` used in trait`)] : [];
    if (traitFn.selfMode === null) {
      this.diagnostics.push(error('typeck', 'E0185', `method \`${name}\` has a \`${shown}\` declaration in the impl, but not in the trait`, at, [label(at, `\`${shown}\` used in impl`, true), ...traitAt]));
    } else {
      this.diagnostics.push(error('typeck', 'E0186', `method \`${name}\` has a \`${shown}\` declaration in the trait, but not in the impl`, at, [label(at, `expected \`${shown}\` in impl`, true), ...traitAt]));
    }
    this.badSigFns.add(implFn.id);
    return true;
  }

  /**
   * E0053 at the first receiver or parameter whose type is not the trait's (`&mut self` for `&self`,
   * `by: &u32` for `by: u32`); true when one was reported. A different count is another error (E0050).
   */
  private checkMethodInputs(member: FnItem, implFn: FnDef, traitFn: FnDef, inTrait: (t: Ty) => Ty): boolean {
    if (implFn.inputs.length !== traitFn.inputs.length || (implFn.selfMode === null) !== (traitFn.selfMode === null)) return false;
    for (let i = 0; i < implFn.inputs.length; i++) {
      const want = inTrait(traitFn.inputs[i]);
      const found = implFn.inputs[i];
      if (mentionsUnresolved(want) || mentionsUnresolved(found) || mentionsParam(want) || mentionsParam(found) || tyEq(want, found)) continue;
      const at = member.selfParam ? (i === 0 ? member.selfParam.span : member.params[i - 1].ty.span) : member.params[i].ty.span;
      const text = want.k === 'ref' && found.k === 'ref' && want.mut !== found.mut ? 'types differ in mutability' : `expected \`${tyToString(want, this)}\`, found \`${tyToString(found, this)}\``;
      this.diagnostics.push(error('typeck', 'E0053', `method \`${member.name.name}\` has an incompatible type for trait`, at, [label(at, text, true)]));
      this.badSigFns.add(implFn.id);
      return true;
    }
    return false;
  }

  /** E0053 for std's `fn next(&mut self) -> Option<Self::Item>` written with `&self`, or returning another item type. */
  private checkIteratorNext(member: FnItem, implFn: FnDef, info: ImplInfo): void {
    const fail = (at: Span, text: string): void => {
      this.diagnostics.push(error('typeck', 'E0053', 'method `next` has an incompatible type for trait', at, [label(at, text, true)]));
    };
    if (implFn.selfMode === 'ref' && member.selfParam) return fail(member.selfParam.span, 'types differ in mutability');
    const item = info.assocTys.get('Item');
    const found = implFn.output;
    if (!item || !member.ret || found.k !== 'builtin' || found.name !== 'Option' || item.k === 'error' || found.args[0].k === 'error') return;
    if (tyEq(item, found.args[0]) || mentionsParam(item) || mentionsParam(found.args[0])) return;
    fail(member.ret.span, `expected \`${tyToString(item, this)}\`, found \`${tyToString(found.args[0], this)}\``);
  }

  /** `t` with the trait's `Self::A` parameters replaced by the types `impl` gives them. */
  private withAssocTys(t: Ty, impl: ImplInfo): Ty {
    return mapParams(t, (p) => {
      const assoc = this.assocParams.get(p.index);
      return (assoc && impl.assocTys.get(assoc.name)) ?? p;
    });
  }

  /**
   * E0592 (an inherent impl) or E0201 (a trait impl): a second fn of the same name in one impl block.
   * The first one stays the method, as rustc's later checks see it.
   */
  private duplicateMethod(item: ImplItem, member: FnItem, inTraitImpl: boolean): void {
    const name = member.name.name;
    const first = item.items.find((m) => m.kind === 'fn' && m.name.name === name) as FnItem;
    const sig = signatureSpan;
    if (inTraitImpl) {
      this.diagnostics.push(error('resolve', 'E0201', `duplicate definitions with name \`${name}\`:`, member.span, [label(first.span, 'previous definition here'), label(member.span, 'duplicate definition', true)]));
    } else {
      this.diagnostics.push(error('typeck', 'E0592', `duplicate definitions with name \`${name}\``, sig(member), [label(sig(first), `other definition for \`${name}\``), label(sig(member), `duplicate definitions for \`${name}\``, true)]));
    }
  }

  /** E0046: an impl must give every item of its trait that has no default (for a std trait, the ones memviz knows). */
  private checkTraitItemsGiven(item: ImplItem, trait: TraitInfo | null, traitName: string): void {
    const required = trait
      ? trait.ast.items.filter((m) => (m.kind === 'fn' && !m.body) || (m.kind === 'type' && !m.ty) || (m.kind === 'const' && !m.value)).map((m) => m.name.name)
      : (STD_TRAIT_ITEMS[traitName] ?? []);
    const given = new Set(item.items.map((m) => m.name.name));
    // E0407/E0437: a method or type of the impl that the program's trait does not declare (consts: E0438, where they are defined).
    if (trait) {
      const declared = new Set(trait.ast.items.map((m) => m.name.name));
      const provided = trait.isPrelude ? STD_PROVIDED_METHODS[trait.name] : undefined;
      for (const m of item.items) {
        if (declared.has(m.name.name) || m.kind === 'const' || (m.kind === 'fn' && provided?.has(m.name.name))) continue;
        const [code, what] = m.kind === 'fn' ? ['E0407', 'method'] : ['E0437', 'type'];
        this.diagnostics.push(error('resolve', code, `${what} \`${m.name.name}\` is not a member of trait \`${trait.name}\``, m.span, [label(m.span, `not a member of trait \`${trait.name}\``, true)]));
      }
    }
    const missing = required.filter((n) => !given.has(n));
    if (missing.length === 0) return;
    const list = missing.map((n) => `\`${n}\``).join(', ');
    const end = item.selfTy.span;
    const head = { ...item.span, end: end.end, endLine: end.endLine, endCol: end.endCol };
    this.diagnostics.push(error('typeck', 'E0046', `not all trait items implemented, missing: ${list}`, head, [label(head, `missing ${list} in implementation`, true)]));
  }

  /** A const item; an associated one (`assoc` names it `Type::NAME`) is not a name of the crate's scope. */
  private defineConst(item: ConstItem, assoc: string | null = null, scope: TyScope = EMPTY_SCOPE): number {
    if (!item.value) return -1;
    const index = this.consts.length;
    const ty = this.lowerTy(item.ty, scope);
    const body = this.newBodyFn(assoc ?? item.name.name, 'const', item.span, ty);
    this.consts.push({ index, name: assoc ?? item.name.name, ty, body, ast: item, value: item.value, scope });
    if (!assoc) this.valueTable.set(item.name.name, { k: 'const', id: index });
    return index;
  }

  /**
   * E0015: a const's or static's value, or a `const fn`'s body, runs at compile time, so the program's
   * fns it calls must be `const fn`s too. Only a call by a fn's own name is checked (std's fns and
   * methods are left alone), and not inside a closure, which runs later.
   */
  private checkConstCalls(items: readonly Item[]): void {
    for (const item of items) {
      if (item.kind === 'const' && item.value) this.constCalls(item.value, 'constants');
      else if (item.kind === 'static') this.constCalls(item.value, 'statics');
      else if (item.kind === 'fn' && item.isConst && item.body) this.constCalls(item.body, 'constant functions', new Set(item.params.flatMap((p) => (p.pat.kind === 'ident' ? [p.pat.name.name] : []))));
    }
  }

  private constCalls(value: Expr, where: string, params: ReadonlySet<string> = new Set()): void {
    // A name a pattern in the value binds is a local, not the fn (`let f = ...; f(1)`).
    const locals = new Set(params);
    const bound = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(bound);
      const n = v as { kind?: unknown; byRef?: unknown; name?: { name?: unknown } };
      if (n.kind === 'ident' && n.byRef !== undefined && typeof n.name?.name === 'string') locals.add(n.name.name);
      for (const k in v) if (k !== 'span') bound((v as Record<string, unknown>)[k]);
    };
    bound(value);
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(walk);
      const e = v as Expr;
      if (e.kind === 'closure' || (e as { kind: string }).kind === 'item') return;
      if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.path.segments.length === 1 && !e.callee.path.qself) {
        const name = e.callee.path.segments[0].name.name;
        const found = locals.has(name) ? undefined : this.values.get(name);
        const fn = found?.k === 'fn' ? this.fns[found.fn] : null;
        if (fn && !fn.isPrelude && fn.ast && !fn.ast.isConst && fn.kind === 'fn') {
          const head = signatureSpan(fn.ast);
          this.diagnostics.push(error('typeck', 'E0015', `cannot call non-const function \`${name}\` in ${where}`, e.span, [label(e.span, '', true), label(head, `function \`${name}\` is not const`)], [`note: calls in ${where} are limited to constant functions, tuple structs and tuple variants`]));
        }
      }
      for (const k in v) if (k !== 'span') walk((v as Record<string, unknown>)[k]);
    };
    walk(value);
  }

  private defineStatic(item: StaticItem): void {
    const index = this.statics.length;
    const ty = this.lowerTy(item.ty, EMPTY_SCOPE);
    const body = this.newBodyFn(item.name.name, 'static', item.span, ty);
    this.statics.push({ index, name: item.name.name, ty, mutable: item.mutable, body, ast: item });
    this.valueTable.set(item.name.name, { k: 'static', id: index });
  }

  /** `use std::fmt::Write;` (or a glob of `std::fmt`) is in the file: `write!` into a String works. */
  fmtWriteInScope = false;

  /**
   * Names a `use std::...` brought in (`thread`, `Arc`, `spawn`), and whether one was a glob: a path
   * headed by one of them that memviz does not model is std's, "not supported yet", never missing.
   */
  readonly stdImports = new Set<string>();
  /** The std path each of those names (`Iter` → `std::slice::Iter`): which of std's iterator types it is. */
  private readonly stdImportPaths = new Map<string, readonly string[]>();
  stdGlob = false;

  /** The last names of the std paths imported, whatever they were renamed to (`use std::hash::Hasher as _;`). */
  private readonly stdImportedItems = new Set<string>();

  /** Whether a `use` brought std's trait `name` into scope. */
  stdTraitInScope(name: string): boolean {
    return this.stdImportedItems.has(name) || this.stdGlob;
  }

  /** `Ordering` after `use std::sync::atomic::Ordering` is the atomic one (the prelude's `AtomicOrdering`). */
  stdAlias(name: string): string {
    const path = this.stdImportPaths.get(name);
    if (name === 'Error' && path?.includes('fmt')) return 'FmtError';
    return name === 'Ordering' && path !== undefined && path.includes('atomic') ? 'AtomicOrdering' : name;
  }

  private noteStdImports(item: Extract<Item, { kind: 'use' }>): void {
    for (const e of item.entries) {
      if (!STD_ROOTS.has(e.path[0])) continue;
      if (e.glob) this.stdGlob = true;
      else {
        const last = e.path[e.path.length - 1];
        this.stdImports.add(e.alias ?? (last === 'self' ? e.path[e.path.length - 2] : last));
        this.stdImportedItems.add(last);
        if (last !== 'self') this.stdImportPaths.set(e.alias ?? last, e.path);
      }
    }
  }

  private defineUse(item: Extract<Item, { kind: 'use' }>): void {
    for (const e of item.entries) {
      const path = e.path.filter((s, i) => !(i === 0 && (STD_ROOTS.has(s) || s === 'crate' || s === 'self')));
      if (path.length === 0) continue;
      if (path[0] === 'fmt' && ((path.length === 2 && path[1] === 'Write') || (path.length === 1 && e.glob))) this.fmtWriteInScope = true;
      // `use Enum::{A, B}` / `use Enum::*` bring variants into scope.
      const head = this.types.get(path[0]);
      if (head && head.k === 'adt' && this.adts[head.adt].kind === 'enum') {
        const adt = this.adts[head.adt];
        if (e.glob && path.length === 1) {
          adt.variants.forEach((v, i) => this.values.set(v.name, { k: 'ctor', adt: adt.id, variant: i }));
        } else if (path.length === 2) {
          const vi = adt.variants.findIndex((v) => v.name === path[1]);
          if (vi >= 0) this.values.set(e.alias ?? path[1], { k: 'ctor', adt: adt.id, variant: vi });
        }
        continue;
      }
      // `use std::mem;`, `use std::rc::Rc;`, `use std::mem::swap;`: std names resolve without imports, except free fns.
      if (path.length === 2 && this.modules.has(path[0])) {
        const fn = this.modules.get(path[0])!.get(path[1]);
        if (fn !== undefined) this.values.set(e.alias ?? path[1], { k: 'fn', fn });
      }
    }
  }

  // ------------------------------------------------------------ functions

  newBodyFn(name: string, kind: 'const' | 'static' | 'closure', span: Span, output: Ty, typeParams: TypeParamDef[] = []): FnId {
    const id = this.fns.length;
    this.fns.push({
      id, name, kind, ast: null, typeParams, ownParamStart: typeParams.length, selfMode: null, inputs: [], output,
      builtin: null, impl: null, trait: null, span, isPrelude: false, shortName: name,
    });
    return id;
  }

  private defineFn(item: FnItem, o: { name: string; kind: FnDef['kind']; scope: TyScope; parentParams: TypeParamDef[]; impl: ImplInfo | null; trait: TraitInfo | null; builtin: string | null }): FnId {
    const id = this.fns.length;
    this.checkGenericNames(item.generics);
    const typeParams = [...o.parentParams];
    const params = new Map(o.scope.params);
    const constParams = new Map(o.scope.constParams ?? []);
    this.pushParams(item.generics, typeParams, params, constParams);
    if (!this.inPrelude) this.pushProjectionParams(item, typeParams, params);
    const lifetimes = new Set([...o.scope.lifetimes, ...item.generics.lifetimes.map((l) => l.name)]);
    const implTraitParams: TypeParamDef[] = [];
    const scope: TyScope = { ...o.scope, params, lifetimes, implTraitParams, allowOpaque: false, constParams };
    const assocBounds = new Map(o.impl?.assocBounds ?? []);
    this.fillBounds(item.generics, typeParams, scope, assocBounds);
    const inputs: Ty[] = [];
    const selfTy = o.scope.selfTy ?? ERROR;
    if (item.selfParam) {
      const m = item.selfParam.mode;
      if (m === 'box') inputs.push({ k: 'builtin', name: 'Box', args: [selfTy] });
      else inputs.push(m === 'value' ? selfTy : { k: 'ref', mut: m === 'refMut', inner: selfTy, region: item.selfParam.lifetime ? { k: 'named', name: item.selfParam.lifetime } : ANON });
    }
    for (const p of item.params) {
      const before = implTraitParams.length;
      const ty = this.lowerTy(p.ty, scope);
      if (item.body) this.requireSized(ty, p.ty.span, true);
      // Synthetic params for `impl Trait` arguments get appended after the declared ones.
      for (let i = before; i < implTraitParams.length; i++) typeParams.push(implTraitParams[i]);
      inputs.push(ty);
    }
    const output = item.ret ? this.lowerTy(item.ret, { ...scope, implTraitParams: null, allowOpaque: true }) : UNIT;
    if (item.ret && item.body) {
      if (output.k === 'dyn' && !this.inPrelude) this.diagnostics.push(error('typeck', 'E0746', 'return type cannot be a trait object without pointer indirection', item.ret.span, [label(item.ret.span, "doesn't have a size known at compile-time", true)]));
      else this.requireSized(output, item.ret.span, true);
    }
    if (!this.inPrelude && !o.trait?.isPrelude) this.checkFnLifetimes(item);
    this.fns.push({
      id, name: o.name, kind: o.kind, ast: item, typeParams, ownParamStart: o.parentParams.length,
      selfMode: item.selfParam ? item.selfParam.mode : null, inputs, output,
      builtin: o.builtin && (this.inPrelude || !item.body) && this.inPrelude ? o.builtin : null,
      impl: o.impl, trait: o.trait, span: item.span, isPrelude: this.inPrelude, shortName: item.name.name,
      ...(assocBounds.size > 0 ? { assocBounds } : {}),
    });
    if (!this.inPrelude && !item.body && !o.trait) {
      this.diagnostics.push(error('typeck', null, 'free function without a body', item.span, [label(item.span, 'help: provide a definition for the function: `{ <body> }`', true)]));
    }
    return id;
  }

  /** A generic list's parameters, appended to an item's `typeParams` and put in its scope (a const parameter in `constParams` too). */
  private pushParams(g: GenericParams, typeParams: TypeParamDef[], params: Map<string, Ty>, constParams: Map<string, Ty>): void {
    for (const t of g.types) {
      params.set(t.name.name, { k: 'param', name: t.name.name, index: typeParams.length });
      const konst = t.konst ? this.constParamTy(t) : undefined;
      if (konst) constParams.set(t.name.name, konst);
      typeParams.push({ name: t.name.name, bounds: [], ...(konst ? { konst } : {}) });
    }
  }

  /**
   * The std traits' associated types a fn's parameters are projected to (`I::Item`, `<I as
   * Iterator>::Item`, `T::Output`) in its signature and `where` clauses: each a hidden parameter
   * after the declared ones, when the parameter's bounds name one trait that has it (with no
   * `Item = X` of its own, which is X).
   */
  private pushProjectionParams(item: FnItem, typeParams: TypeParamDef[], params: Map<string, Ty>): void {
    const g = item.generics;
    const boundsOf = (name: string) => [
      ...g.types.filter((t) => t.name.name === name).flatMap((t) => t.bounds),
      ...g.where.filter((w) => w.ty.kind === 'path' && !w.ty.path.qself && w.ty.path.segments.length === 1 && w.ty.path.segments[0].name.name === name).flatMap((w) => w.bounds),
    ];
    const visit = (path: Path) => {
      const seen = projectionOf(path);
      if (!seen || params.has(`${seen.base}::${seen.name}`)) return;
      const base = params.get(seen.base);
      if (!base || base.k !== 'param' || typeParams[base.index]?.name !== seen.base || typeParams[base.index].projection) return;
      const traits = boundsOf(seen.base).flatMap((b) => {
        const last = b.path?.segments.at(-1);
        const trait = last?.name.name;
        if (!trait || b.fnSugar || (seen.trait && seen.trait !== trait) || this.types.has(trait)) return [];
        if (last.args?.bindings.some((x) => x.name === seen.name)) return ['bound'];
        return STD_ASSOC_TYPES[trait]?.includes(seen.name) ? [trait] : [];
      });
      if (traits.length !== 1 || traits[0] === 'bound') return;
      const index = typeParams.length;
      const name = `${seen.base}::${seen.name}`;
      typeParams.push({ name, bounds: [], projection: { base: base.index, trait: traits[0], name: seen.name } });
      params.set(name, { k: 'param', name, index });
    };
    for (const w of g.where) walkPaths(w.ty, visit);
    for (const p of item.params) walkPaths(p.ty, visit);
    if (item.ret) walkPaths(item.ret, visit);
  }

  /** The type of a const parameter: an integer type (the `bool` and `char` ones are not modelled). */
  private constParamTy(t: TypeParam): Ty {
    const ty = this.lowerTy(t.konst!.ty, EMPTY_SCOPE);
    if (ty.k === 'int' || ty.k === 'error') return ty;
    this.diagnostics.push(unsupported('typeck', `const parameters of type \`${tyToString(ty, this)}\``, t.konst!.ty.span));
    return ERROR;
  }

  /**
   * A const generic argument or an array length, as a type-level value: a number (`3`, `{ 3 }`, a
   * const item, `2 * W`), or a const parameter standing alone (`N`, `{ N }`). A const parameter
   * inside an operation (`N + 1`) is rustc's "generic parameters may not be used in const operations".
   * Null where memviz cannot compute it.
   */
  constArgOrNull(e: Expr, scope: TyScope): Ty | null {
    let x = e;
    while ((x.kind === 'block' && x.stmts.length === 0 && x.tail && !x.unsafe && !x.label) || x.kind === 'paren') x = x.kind === 'paren' ? x.inner : x.tail!;
    if (x.kind === 'path' && x.path.segments.length === 1 && !x.path.qself) {
      const name = x.path.segments[0].name.name;
      if (scope.constParams?.has(name)) return scope.params.get(name) ?? ERROR;
      if (name === '_' && !this.inPrelude) return this.infer.fresh(); // `[0; _]`: inferred
    }
    const used = constParamUse(x, scope);
    if (used) {
      const name = used.segments[0].name.name;
      this.diagnostics.push(error('typeck', null, 'generic parameters may not be used in const operations', used.span,
        [label(used.span, `cannot perform const operation using \`${name}\``, true)],
        [`help: const parameters may only be used as standalone arguments here, i.e. \`${name}\``]));
      return ERROR;
    }
    // `Offset<{ -3 }>`: a negative value of a signed const parameter.
    const negated = x.kind === 'unary' && x.op === '-' ? x.operand : null;
    const n = this.constLen(negated ?? x);
    return n === null ? null : { k: 'const', value: negated ? -BigInt(n) : BigInt(n) };
  }

  /** `constArgOrNull`, "not supported yet" where it gives nothing. */
  constArg(e: Expr, scope: TyScope): Ty {
    const t = this.constArgOrNull(e, scope);
    if (t) return t;
    this.diagnostics.push(unsupported('typeck', 'const generic arguments that are not integer literals, constants or const parameters', e.span));
    return ERROR;
  }

  /** `struct Ticker<F: FnMut(u32)>` or `where F: FnMut(u32)`: the closure a field of type `F` holds takes a `u32`. */
  private defineFnBounds(adt: AdtInfo, generics: GenericParams, scope: TyScope): void {
    const isFnBound = (b: TraitBound) => b.fnSugar !== null && ['Fn', 'FnMut', 'FnOnce'].includes(b.path?.segments.at(-1)?.name.name ?? '');
    const bounds: (TraitRef | null)[] = adt.typeParams.map(() => null);
    const add = (name: string, list: readonly TraitBound[]) => {
      const i = adt.typeParams.indexOf(name);
      const b = list.find(isFnBound);
      if (i >= 0 && b) bounds[i] = this.lowerBound(b, scope);
    };
    for (const t of generics.types) add(t.name.name, t.bounds);
    for (const w of generics.where) if (w.ty.kind === 'path' && w.ty.path.segments.length === 1) add(w.ty.path.segments[0].name.name, w.bounds);
    if (bounds.some((b) => b !== null)) adt.fnBounds = bounds;
    // The other bounds, of traits that resolve (an unknown one is reported where the program names it).
    const others: TraitRef[][] = adt.typeParams.map(() => []);
    const addOthers = (name: string, list: readonly TraitBound[]) => {
      const i = adt.typeParams.indexOf(name);
      for (const b of list) {
        const last = b.path?.segments.at(-1)?.name.name;
        if (i < 0 || !b.path || !last || isFnBound(b) || ['Fn', 'FnMut', 'FnOnce', 'Sized'].includes(last)) continue;
        if (this.lookupType(b.path)?.k !== 'trait' && !STD_TRAITS.has(last)) continue;
        const r = this.lowerBound(b, scope);
        if (r) others[i].push(r);
      }
    };
    for (const t of generics.types) addOthers(t.name.name, t.bounds);
    for (const w of generics.where) if (w.ty.kind === 'path' && w.ty.path.segments.length === 1) addOthers(w.ty.path.segments[0].name.name, w.bounds);
    if (others.some((b) => b.length > 0)) adt.bounds = others;
  }

  private fillBounds(generics: GenericParams, typeParams: TypeParamDef[], scope: TyScope, assocBounds?: Map<number, readonly TraitRef[]>): void {
    const add = (def: TypeParamDef, bounds: readonly TraitBound[]) => {
      def.bounds.push(...bounds.flatMap((b) => this.lowerBound(b, scope) ?? []));
      if (bounds.some((b) => b.relaxed)) def.maybeUnsized = true;
      if (bounds.some((b) => b.lifetime === 'static')) def.outlivesStatic = true;
    };
    for (const t of generics.types) {
      const def = typeParams.find((p) => p.name === t.name.name);
      if (def) add(def, t.bounds);
    }
    for (const w of generics.where) {
      if (w.ty.kind === 'path' && w.ty.path.segments.length === 1 && !w.ty.path.qself) {
        const def = typeParams.find((p) => p.name === w.ty.kind && false) ?? typeParams.find((p) => w.ty.kind === 'path' && p.name === w.ty.path.segments[0].name.name);
        if (def) { add(def, w.bounds); continue; }
      }
      // `where I::Item: Display`: the bounds of the hidden parameter that stands for it.
      const projected = w.ty.kind === 'path' ? projectionOf(w.ty.path) : null;
      const def = projected ? typeParams.find((p) => p.projection && p.name === `${projected.base}::${projected.name}`) : undefined;
      if (def) { add(def, w.bounds); continue; }
      // Or, in an impl or a method of one, of the parameter that stands for it in all the impl's items.
      const assoc = w.ty.kind === 'path' && assocBounds ? this.projectedParam(w.ty.path, scope) : null;
      if (assoc?.k === 'param' && assoc.index >= ASSOC_PARAM_INDEX) {
        assocBounds!.set(assoc.index, [...(assocBounds!.get(assoc.index) ?? []), ...w.bounds.flatMap((b) => this.lowerBound(b, scope) ?? [])]);
        continue;
      }
      this.diagnostics.push(unsupported('typeck', 'this kind of `where` clause', w.ty.span));
    }
  }

  // ------------------------------------------------------------ lifetimes (E0106)

  private checkFieldLifetimes(ty: Type): void {
    walkRefs(ty, (r) => {
      if (r.lifetime === null) {
        this.diagnostics.push(error('resolve', 'E0106', 'missing lifetime specifier', firstChar(r.span), [label(firstChar(r.span), 'expected named lifetime parameter', true)], ['help: consider introducing a named lifetime parameter']));
      }
    });
    // A field of a type with lifetime parameters, written without them (`e: Excerpt`).
    walkPaths(ty, (path) => {
      if (this.hiddenLifetimes(path) === 0) return;
      const at = path.segments[path.segments.length - 1].name.span;
      this.diagnostics.push(error('resolve', 'E0106', 'missing lifetime specifier', at, [label(at, 'expected named lifetime parameter', true)], ['help: consider introducing a named lifetime parameter']));
    });
  }

  /** Lifetime elision for fn signatures, as rustc's resolver checks it. */
  private checkFnLifetimes(item: FnItem): void {
    if (!item.ret) return;
    const elided: Span[] = [];
    walkRetLifetimes(item.ret, (r) => { if (!('kind' in r)) elided.push(r.span); else if (r.lifetime === null || r.lifetime === '_') elided.push(firstChar(r.span)); });
    if (elided.length === 0) return;
    if (item.selfParam && item.selfParam.mode !== 'value' && item.selfParam.mode !== 'box') return; // elided output lifetimes take `&self`'s
    const named = new Set<string>();
    let anon = 0;
    const withLifetimes: { name: string; span: Span }[] = [];
    for (const p of item.params) {
      const before = anon + named.size;
      walkTypeLifetimes(p.ty, (lt) => { if (lt === null || lt === '_') anon++; else if (lt !== 'static') named.add(lt); }, (path) => this.hiddenLifetimes(path));
      if (anon + named.size > before) withLifetimes.push({ name: p.pat.kind === 'ident' ? p.pat.name.name : '_', span: p.ty.span });
    }
    const total = anon + named.size;
    if (total === 1) return;
    const n = elided.length;
    const message = n === 1 ? 'missing lifetime specifier' : 'missing lifetime specifiers';
    const labels = elided.map((s) => label(s, 'expected named lifetime parameter', true));
    let notes: string[];
    if (total === 0) {
      notes = [
        "help: this function's return type contains a borrowed value, but there is no value for it to be borrowed from",
        "help: consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`",
      ];
    } else {
      const names = withLifetimes.map((w) => `\`${w.name}\``);
      const list = names.length <= 1 ? names.join('') : names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1];
      notes = [
        `help: this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from ${list}`,
        'help: consider introducing a named lifetime parameter',
      ];
      for (const w of withLifetimes) labels.push(label(w.span, '', false));
    }
    this.diagnostics.push(error('resolve', 'E0106', message, elided[0], labels, notes));
  }

  /** A path type naming a struct with lifetime parameters but no lifetime args has hidden elided lifetimes. */
  private hiddenLifetimes(path: Path): number {
    const last = path.segments[path.segments.length - 1];
    const found = this.types.get(last.name.name);
    if (!found || found.k !== 'adt') return 0;
    const adt = this.adts[found.adt];
    if (adt.lifetimes.length === 0) return 0;
    return last.args && last.args.lifetimes.length > 0 ? 0 : adt.lifetimes.length;
  }

  // ------------------------------------------------------------ types

  /**
   * E0107: a struct or enum named with the wrong number of generic (or lifetime) arguments.
   * `inferred`: a type in a value path (`Pair::new`), whose arguments may be left out.
   */
  private checkGenericArgCount(adt: AdtInfo, seg: PathSegment, inferred: boolean): void {
    const at = seg.name.span;
    if (this.reportedArgCounts.has(at.start)) return; // a signature may be lowered more than once
    const report = (message: string, text: string) => {
      this.reportedArgCounts.add(at.start);
      this.diagnostics.push(error('resolve', 'E0107', message, at, [label(at, text, true)]));
    };
    const want = adt.typeParams.length - (isStdCow(adt) ? 1 : 0); // Cow's hidden `Owned`
    const got = seg.args?.types.length ?? 0;
    const required = want - (adt.defaults?.filter((d) => d !== null).length ?? 0);
    const least = required < want ? 'at least ' : '';
    if (got === 0 && required > 0 && !inferred) return report(`missing generics for ${adt.kind} \`${adt.name}\``, `expected ${least}${plural(required, 'generic argument')}`);
    // With defaults, rustc counts a range (`struct Wrapper<T = i32>` takes at most 1).
    if (got > want && required < want) return report(`${adt.kind} takes at most ${plural(want, 'generic argument')} but ${plural(got, 'generic argument')} were supplied`, `expected at most ${plural(want, 'generic argument')}`);
    if (got > 0 && got !== want && required === want) return report(`${adt.kind} takes ${plural(want, 'generic argument')} but ${plural(got, 'generic argument')} ${got === 1 ? 'was' : 'were'} supplied`, `expected ${plural(want, 'generic argument')}`);
    const wantL = adt.lifetimes.length;
    const gotL = seg.args?.lifetimes.length ?? 0;
    if (gotL > 0 && gotL !== wantL) report(`${adt.kind} takes ${plural(wantL, 'lifetime argument')} but ${plural(gotL, 'lifetime argument')} ${gotL === 1 ? 'was' : 'were'} supplied`, `expected ${plural(wantL, 'lifetime argument')}`);
  }
  private readonly reportedArgCounts = new Set<number>();

  private defaultArg(d: Ty | null | undefined, before: readonly Ty[]): Ty | null {
    return d ? substTy(d, before) : null;
  }

  /** E0747: a type where the ADT has a const parameter (`Grid<i32>`), or a value where it has a type parameter; the argument becomes the error type. */
  private checkArgKinds(adt: AdtInfo, seg: PathSegment, argTys: Ty[], scope: TyScope): void {
    argTys.forEach((a, i) => {
      const wantConst = adt.constTys?.[i] != null;
      const isConst = a.k === 'const' || (a.k === 'param' && (scope.constParams?.has(a.name) ?? false));
      if (i >= adt.typeParams.length || a.k === 'error' || a.k === 'infer' || wantConst === isConst) return;
      argTys[i] = ERROR;
      const at = seg.args!.types[i].span;
      if (this.reportedArgCounts.has(at.start)) return;
      this.reportedArgCounts.add(at.start);
      const message = wantConst ? 'type provided when a constant was expected' : 'constant provided when a type was expected';
      this.diagnostics.push(error('typeck', 'E0747', message, at, [label(at, '', true)]));
    });
  }

  /**
   * std's iterator types named in a signature (`std::slice::Iter<'_, T>`, `Chars<'a>` after
   * `use std::str::Chars;`, `Peekable<I>`): memviz's one iterator type of what they yield.
   */
  private stdIteratorTy(path: readonly string[], args: readonly Ty[], lifetime: string | undefined): Ty | null {
    if (path.length < 2) return null;
    const [mod, name] = [path[path.length - 2], path[path.length - 1]];
    const region: Region = !lifetime || lifetime === '_' ? ANON : lifetime === 'static' ? STATIC : { k: 'named', name: lifetime };
    const iter = (item: Ty): Ty => ({ k: 'builtin', name: 'Iter', args: [item] });
    const strRef: Ty = { k: 'ref', mut: false, inner: STR, region };
    const inner = args[0]?.k === 'builtin' && args[0].name === 'Iter' ? args[0].args[0] : null;
    switch (`${mod}::${name}`) {
      case 'slice::Iter': return args[0] ? iter({ k: 'ref', mut: false, inner: args[0], region }) : null;
      case 'slice::IterMut': return args[0] ? iter({ k: 'ref', mut: true, inner: args[0], region }) : null;
      case 'slice::Chunks': case 'slice::ChunksExact': case 'slice::Windows':
        return args[0] ? iter({ k: 'ref', mut: false, inner: { k: 'slice', elem: args[0] }, region }) : null;
      case 'slice::ChunksMut': case 'slice::ChunksExactMut':
        return args[0] ? iter({ k: 'ref', mut: true, inner: { k: 'slice', elem: args[0] }, region }) : null;
      case 'vec::IntoIter': return args[0] ? iter(args[0]) : null;
      case 'str::Chars': return iter(CHAR);
      case 'str::CharIndices': return iter({ k: 'tuple', elems: [{ k: 'int', int: 'usize' }, CHAR] });
      case 'str::Bytes': return iter({ k: 'int', int: 'u8' });
      case 'str::SplitWhitespace': case 'str::Lines': return iter(strRef);
      case 'iter::Peekable': case 'iter::Rev': case 'iter::Skip': case 'iter::Take': case 'iter::StepBy': case 'iter::Fuse': case 'iter::Cycle':
        return inner ? iter(inner) : null;
      case 'iter::Enumerate': return inner ? iter({ k: 'tuple', elems: [{ k: 'int', int: 'usize' }, inner] }) : null;
      case 'iter::Copied': case 'iter::Cloned': return inner && inner.k === 'ref' ? iter(inner.inner) : null;
      default: return null;
    }
  }

  lookupType(path: Path): TypeItem | null {
    const segs = stripStdPrefix(path.segments.map((s) => s.name.name));
    if (segs.length !== 1) return null;
    return this.types.get(segs[0]) ?? this.preludeTypes.get(segs[0]) ?? null;
  }

  /**
   * rustc's E0207: an impl's type parameter that neither its type nor its trait's arguments name
   * (`impl<T> Counter`). A parameter named by an associated-type binding of a bound (`I: Iterator<Item = T>`,
   * `F: Fn() -> R`) is constrained too: an impl with such a bound is not judged.
   */
  private checkImplParamsConstrained(item: ImplItem, typeParams: readonly TypeParamDef[], named: readonly Ty[]): void {
    const g = item.generics;
    const bounds = [...g.types.flatMap((t) => t.bounds), ...g.where.flatMap((w) => w.bounds)];
    if (bounds.some((b) => b.fnSugar || b.path?.segments.some((s) => (s.args?.bindings.length ?? 0) > 0))) return;
    // Every parameter anywhere in the types (through `dyn`, fn pointers and bindings too).
    const seen = new Set<number>();
    const walk = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as { k?: string; index?: number };
      if (o.k === 'param' && typeof o.index === 'number') seen.add(o.index);
      for (const v of Object.values(o)) walk(v);
    };
    named.forEach(walk);
    g.types.forEach((t) => {
      const index = typeParams.findIndex((d) => d.name === t.name.name);
      if (t.konst || index < 0 || seen.has(index)) return;
      const at = t.name.span;
      this.diagnostics.push(error('typeck', 'E0207', `the type parameter \`${t.name.name}\` is not constrained by the impl trait, self type, or predicates`, at, [label(at, 'unconstrained type parameter', true)]));
    });
  }

  /**
   * A program's trait's arguments with the defaults of those left out (`impl Scale for Mm` is `Scale<u32>`);
   * a default naming `Self` only where the type is known (an impl), else the arguments stop before it.
   */
  private withTraitDefaults(trait: TraitInfo, written: Ty[], selfTy: Ty | null): Ty[] {
    const args = [...written];
    for (let i = written.length; i < (trait.defaults?.length ?? 0); i++) {
      const d = trait.defaults![i];
      let open = false;
      const full = d && mapParams(d, (p) => (p.index === 0 && selfTy ? selfTy : p.index > 0 && p.index <= args.length ? args[p.index - 1] : ((open = true), p)));
      if (!full || open) break;
      args.push(full);
    }
    return args;
  }

  lowerBound(b: TraitBound, scope: TyScope): TraitRef | null {
    if (!b.path) return null; // lifetime bound
    const last = b.path.segments[b.path.segments.length - 1];
    const name = last.name.name;
    if (b.fnSugar || name === 'Fn' || name === 'FnMut' || name === 'FnOnce') {
      const inputs = b.fnSugar ? b.fnSugar.inputs.map((t) => this.lowerTy(t, scope)) : [];
      const output = b.fnSugar?.output ? this.lowerTy(b.fnSugar.output, scope) : UNIT;
      return { trait: name, args: [], fnSig: { inputs, output } };
    }
    const found = this.lookupType(b.path);
    const written = (last.args?.types ?? []).map((t) => this.lowerTy(t, scope));
    const args = found?.k === 'trait' ? this.withTraitDefaults(found.trait, written, null) : written;
    // `I: Iterator<Item = u32>`, `impl IntoIterator<Item = String>`: the item type is the bound's argument.
    const item = last.args?.bindings.find((x) => x.name === 'Item');
    if ((name === 'Iterator' || name === 'IntoIterator') && item && (!found || (found.k === 'trait' && found.trait.isPrelude))) return { trait: name, args: [this.lowerTy(item.ty, scope)] };
    const given = last.args?.bindings ?? [];
    const bindings = given.length > 0 ? { bindings: given.map((x) => ({ name: x.name, ty: this.lowerTy(x.ty, scope) })) } : {};
    if (found && found.k === 'trait') return { trait: found.trait.key, args, ...bindings };
    if (STD_TRAITS.has(name)) return { trait: name, args, ...bindings };
    // `B: ?Sized + ToOwned` (a generic `Cow<B>`): std's prelude trait, which memviz does not model.
    if (name === 'ToOwned' && !this.inPrelude) {
      this.diagnostics.push(unsupported('typeck', 'the std trait `ToOwned` as a bound', last.name.span));
      return null;
    }
    this.diagnostics.push(error('resolve', 'E0405', `cannot find trait \`${name}\` in this scope`, last.name.span, [label(last.name.span, 'not found in this scope', true)]));
    return null;
  }

  /** Spans already given an E0277 for an unsized type (a type may be lowered more than once). */
  private readonly reportedUnsized = new Set<number>();

  /**
   * E0277 where a written type puts `str`, a slice or a `dyn Trait` where a size must be known: a
   * parameter or result by value, a field, an element, a type argument of `Vec`, `Option`, ... In
   * an item's signature a `dyn Trait` is `dyn Trait + 'static`, and rustc prints it so.
   */
  requireSized(t: Ty, at: Span, inItem: boolean): void {
    if (this.inPrelude || this.expandingAliases.size > 0 || (t.k !== 'str' && t.k !== 'slice' && t.k !== 'dyn')) return;
    if (this.reportedUnsized.has(at.start)) return;
    this.reportedUnsized.add(at.start);
    let ty = tyToString(t, this);
    if (t.k === 'dyn' && inItem && !t.region) ty = `(${ty} + 'static)`;
    this.diagnostics.push(error('typeck', 'E0277', `the size for values of type \`${ty}\` cannot be known at compilation time`, at, [label(at, "doesn't have a size known at compile-time", true)], [`help: the trait \`Sized\` is not implemented for \`${ty}\``]));
  }

  /** Whether a program's own type declares its parameter `?Sized` (`struct Wrapper<T: ?Sized>`). */
  private maybeUnsizedParam(adt: AdtInfo, i: number): boolean {
    if (adt.isPrelude) return true; // the prelude's stand-ins do not say; std's own types are judged by name
    const name = adt.typeParams[i];
    const g = adt.ast.generics;
    if (g.types.find((t) => t.name.name === name)?.bounds.some((b) => b.relaxed)) return true;
    return g.where.some((w) => w.ty.kind === 'path' && w.ty.path.segments.length === 1 && w.ty.path.segments[0].name.name === name && w.bounds.some((b) => b.relaxed));
  }

  lowerTy(t: Type, scope: TyScope): Ty {
    switch (t.kind) {
      case 'ref': {
        if (t.lifetime && t.lifetime !== 'static' && t.lifetime !== '_' && !scope.lifetimes.has(t.lifetime) && !this.inPrelude) {
          // `&'a str` with no `'a` declared: rustc points at the lifetime, right after the `&`.
          const at = { start: t.span.start + 1, end: t.span.start + 2 + t.lifetime.length, line: t.span.line, col: t.span.col + 1, endLine: t.span.line, endCol: t.span.col + 2 + t.lifetime.length };
          this.diagnostics.push(error('resolve', 'E0261', `use of undeclared lifetime name \`'${t.lifetime}\``, at, [label(at, 'undeclared lifetime', true)]));
        }
        const region = t.lifetime === 'static' ? STATIC : t.lifetime && t.lifetime !== '_' ? { k: 'named' as const, name: t.lifetime } : ANON;
        return { k: 'ref', mut: t.mutable, inner: this.lowerTy(t.inner, scope), region };
      }
      case 'tuple': {
        if (t.elems.length === 0) return UNIT;
        const elems = t.elems.map((e) => this.lowerTy(e, scope));
        // All but a tuple's last element must be sized (rustc points at the tuple).
        elems.slice(0, -1).forEach((e) => this.requireSized(e, t.span, !this.collected));
        return { k: 'tuple', elems };
      }
      case 'array': {
        // The prelude's `[u8; Self::BYTES]`: as long as the number type is big (the checker fills it in per call).
        if (this.inPrelude && t.len.kind === 'path' && t.len.path.segments.map((x) => x.name.name).join('::') === 'Self::BYTES') {
          return { k: 'array', elem: this.lowerTy(t.elem, scope), len: SELF_BYTES };
        }
        const len = this.constArgOrNull(t.len, scope);
        if (len === null || (len.k === 'const' && len.value < 0n)) { this.diagnostics.push(unsupported('typeck', 'array lengths that are not integer literals or constants', t.len.span)); return ERROR; }
        if (len.k === 'error') return ERROR;
        const elem = this.lowerTy(t.elem, scope);
        this.requireSized(elem, t.span, !this.collected);
        return arrayTy(elem, len);
      }
      case 'const': return this.constArg(t.expr, scope);
      case 'slice': return { k: 'slice', elem: this.lowerTy(t.elem, scope) };
      case 'ptr': return { k: 'ptr', mut: t.mutable, inner: this.lowerTy(t.inner, scope) };
      case 'never': return NEVER;
      case 'infer': return this.infer.fresh();
      case 'fnptr': return { k: 'fnptr', inputs: t.inputs.map((x) => this.lowerTy(x, scope)), output: t.output ? this.lowerTy(t.output, scope) : UNIT };
      case 'dyn': {
        const traits = t.bounds.flatMap((b) => this.lowerBound(b, scope) ?? []);
        if (!this.inPrelude) {
          t.bounds.forEach((b, i) => {
            const key = traits[i]?.trait;
            if (typeof key === 'number' && b.path) this.dynUses.push({ trait: key, at: b.path.segments[b.path.segments.length - 1].name.span });
            if (typeof key === 'string' && b.path) this.checkStdDyn(key, b.path);
            if (b.path) this.checkDynAssocTys(b.path, key);
          });
          if (this.collected) this.checkDynUses();
        }
        const lifetime = t.bounds.find((b) => b.lifetime !== null)?.lifetime;
        if (lifetime) return { k: 'dyn', traits, region: lifetime === 'static' ? { k: 'static' } : { k: 'named', name: lifetime } };
        return { k: 'dyn', traits };
      }
      case 'impl': {
        const bounds = t.bounds.flatMap((b) => this.lowerBound(b, scope) ?? []);
        if (scope.implTraitParams) {
          const owner = scope.implTraitParams;
          const index = scope.params.size + owner.length;
          const name = `impl ${t.bounds.map((b) => b.path?.segments.map((s) => s.name.name).join('::') ?? '').join(' + ')}`;
          owner.push({ name, bounds, ...(t.bounds.some((b) => b.relaxed) ? { maybeUnsized: true as const } : {}), ...(t.bounds.some((b) => b.lifetime === 'static') ? { outlivesStatic: true as const } : {}) });
          return { k: 'param', name, index };
        }
        // Its `+ 'a` bounds: the lifetimes the hidden type must outlive (the borrow checker's `universal.ts`).
        const outlives = t.bounds.flatMap((b): Region[] => (b.lifetime === null ? [] : [b.lifetime === 'static' ? STATIC : b.lifetime === '_' ? ANON : { k: 'named', name: b.lifetime }]));
        if (scope.allowOpaque) return { k: 'opaque', bounds, actual: this.infer.fresh(), ...(outlives.length ? { outlives } : {}) };
        this.diagnostics.push(unsupported('typeck', '`impl Trait` in this position', t.span));
        return ERROR;
      }
      case 'path': return this.lowerPathTy(t.path, scope);
    }
  }

  /** The value expressions of the crate's consts, by name, known before any item is defined. */
  private readonly constValues = new Map<string, Expr>();

  constLen(e: Expr, depth = 0): number | null {
    if (depth > 32) return null; // consts defined by each other
    if (e.kind === 'lit' && e.lit.kind === 'int') return Number(e.lit.value);
    if (e.kind === 'path' && e.path.segments.length === 1) {
      const name = e.path.segments[0].name.name;
      const v = this.values.get(name);
      if (v && v.k === 'const') {
        const c = this.consts[v.id];
        return c.value ? this.constLen(c.value, depth + 1) : null;
      }
      const early = this.constValues.get(name);
      if (early) return this.constLen(early, depth + 1);
    }
    if (e.kind === 'paren') return this.constLen(e.inner, depth + 1);
    if (e.kind === 'binary') {
      const a = this.constLen(e.left, depth + 1), b = this.constLen(e.right, depth + 1);
      if (a === null || b === null) return null;
      switch (e.op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return b ? Math.floor(a / b) : null; default: return null; }
    }
    return null;
  }

  /** Type aliases being expanded (a cycle among them is E0391, not endless recursion). */
  private readonly expandingAliases = new Set<string>();
  private readonly reportedAliasCycles = new Set<string>();

  /** The hidden `Owned` of a `Cow` whose `B` is not known yet: the checker settles it (`settleProjections`). */
  readonly pendingOwned: { readonly v: Ty; readonly base: Ty }[] = [];
  private noteOwned(base: Ty): Ty {
    const v = this.infer.fresh();
    this.pendingOwned.push({ v, base });
    return v;
  }

  /**
   * `I::Item`, `<I as Iterator>::Item`, `T::Output` of a generic parameter: the parameter that stands
   * for it in `scope` (null: none). A fn's own is its hidden parameter (`pushProjectionParams`); one
   * of an impl's or a struct's parameters, or of a program's trait, is the same for all its items
   * (`assocParam`), each use seeing the type its arguments give.
   */
  private projectedParam(path: Path, scope: TyScope): Ty | null {
    const p = projectionOf(path);
    if (!p) return null;
    const key = `${p.base}::${p.name}`;
    const hidden = scope.params.get(key);
    if (hidden) return hidden;
    const base = scope.params.get(p.base);
    if (this.inPrelude || !base || base.k !== 'param' || base.index >= ASSOC_PARAM_INDEX) return null;
    const std = scope.stdProjections?.get(key);
    if (std && (!p.trait || p.trait === std)) return this.assocParam(std, p.name, base.index, key);
    // `T::Output` with `T: Parser`: the associated type of the one trait of the program that declares it.
    const owners = this.traits.filter((t) => (!p.trait || t.name === p.trait) && t.ast.items.some((m) => m.kind === 'type' && m.name.name === p.name));
    return owners.length === 1 ? this.assocParam(owners[0].key, p.name, base.index, key) : null;
  }

  /**
   * The std trait that gives each `P::Name` of a generic list's parameters (`I::Item` of `I: Iterator`),
   * by `P::Name`: where one of the parameter's bounds has it and does not bind it (`Item = X`).
   */
  stdProjectionsOf(g: GenericParams): Map<string, string> {
    const out = new Map<string, string>();
    for (const t of g.types) {
      const name = t.name.name;
      const bounds = [
        ...t.bounds,
        ...g.where.filter((w) => w.ty.kind === 'path' && !w.ty.path.qself && w.ty.path.segments.length === 1 && w.ty.path.segments[0].name.name === name).flatMap((w) => w.bounds),
      ];
      const traits = new Map<string, string[]>();
      for (const b of bounds) {
        const last = b.path?.segments.at(-1);
        const trait = last?.name.name;
        if (!last || !trait || b.fnSugar || this.types.has(trait)) continue;
        for (const assoc of STD_ASSOC_TYPES[trait] ?? []) {
          const given = last.args?.bindings.some((x) => x.name === assoc);
          traits.set(assoc, [...(traits.get(assoc) ?? []), given ? 'bound' : trait]);
        }
      }
      for (const [assoc, list] of traits) if (list.length === 1 && list[0] !== 'bound') out.set(`${name}::${assoc}`, list[0]);
    }
    return out;
  }

  private lowerPathTy(path: Path, scope: TyScope): Ty {
    const names = path.segments.map((s) => s.name.name);
    if (!path.qself && names.length === 2 && names[0] === 'Self' && scope.assocTys?.has(names[1])) return scope.assocTys.get(names[1])!;
    // `I::Item`, `<I as Iterator>::Item`, `T::Output`: the parameter that stands for it.
    const projected = this.projectedParam(path, scope);
    if (projected) return projected;
    if (path.qself) {
      this.diagnostics.push(unsupported('typeck', 'qualified paths (`<T as Trait>::Item`) as types', path.span));
      return ERROR;
    }
    const last = path.segments[path.segments.length - 1];
    const argTys = (last.args?.types ?? []).map((a) => this.lowerTy(a, scope));
    if (names.length === 2 && names[0] === 'Self' && this.inPrelude) return ERROR; // `Self::Item` in the prelude's Iterator
    const segs = stripStdPrefix(names);
    if (segs.length !== 1) {
      if (names[0] === 'fmt' && names[1] === 'Result') return ERROR;
      this.diagnostics.push(unsupported('typeck', `the type path \`${names.join('::')}\``, path.span));
      return ERROR;
    }
    const name = segs[0];
    if (path.segments.length === 1 && scope.params.has(name)) return scope.params.get(name)!;
    if (name === 'Self') {
      if (scope.selfTy) return scope.selfTy;
      this.diagnostics.push(error('resolve', 'E0411', 'cannot find type `Self` in this scope', last.name.span, [label(last.name.span, '`Self` is only available in impls, traits, and type definitions', true)]));
      return ERROR;
    }
    if (INT_NAMES.has(name)) return { k: 'int', int: name as never };
    switch (name) {
      case 'f32': case 'f64': return { k: 'float', float: name };
      case 'bool': return BOOL;
      case 'char': return CHAR;
      case 'str': return STR;
    }
    // `std::result::Result` names std's even where the program has its own `Result` (an alias of it, often).
    const viaStd = segs.length < names.length;
    // `fmt::Error`, `std::fmt::Error`: the prelude's `FmtError` (a bare `Error` is one only through its `use`).
    const fmtError = viaStd && name === 'Error' && names[names.length - 2] === 'fmt';
    const user = (viaStd ? undefined : this.types.get(name)) ?? this.preludeTypes.get(fmtError ? 'FmtError' : this.stdAlias(name));
    if (user) {
      if (user.k === 'adt') {
        const adt = this.adts[user.adt];
        const inferred = path.id === -1;
        if (!this.inPrelude) this.checkGenericArgCount(adt, last, inferred);
        if (adt.constTys) this.checkArgKinds(adt, last, argTys, scope);
        // A parameter left out takes its default in a type (`let b: Buffer`), never in a value path (`Buffer::new()`).
        if (!this.inPrelude) argTys.forEach((t, i) => { if (!this.maybeUnsizedParam(adt, i)) this.requireSized(t, path.span, !this.collected); });
        const args: Ty[] = [];
        // (A default may name the parameters before it: `struct Pair<A, B = A>`.)
        adt.typeParams.forEach((_, i) => args.push(argTys[i] ?? (inferred ? null : this.defaultArg(adt.defaults?.[i], args)) ?? this.infer.fresh()));
        if (isStdCow(adt) && !this.inPrelude) args[1] = (argTys[0] ? toOwnedTy(argTys[0]) : null) ?? this.noteOwned(args[0]);
        const lts = last.args?.lifetimes ?? [];
        if (lts.length === adt.lifetimes.length && lts.length > 0 && lts.every((l) => l !== '_')) {
          const regions = lts.map((l): Region => (l === 'static' ? STATIC : { k: 'named', name: l }));
          return { k: 'adt', adt: adt.id, args, regions };
        }
        return { k: 'adt', adt: adt.id, args };
      }
      if (user.k === 'alias') {
        if (this.expandingAliases.has(name)) {
          // `type T = Vec<T>;`: reported once, at the alias's own use inside its definition.
          if (!this.reportedAliasCycles.has(name)) {
            this.reportedAliasCycles.add(name);
            this.diagnostics.push(error('typeck', 'E0391', `cycle detected when expanding type alias \`${name}\``, path.span, [label(path.span, '', true)], ['note: type aliases cannot be recursive']));
          }
          return ERROR;
        }
        const params = new Map(scope.params);
        user.generics.types.forEach((p, i) => params.set(p.name.name, argTys[i] ?? ERROR));
        // Alias params are substituted by lowering the aliased type in a scope mapping them to the args.
        this.expandingAliases.add(name);
        try {
          return this.lowerTy(user.ty, { ...scope, params });
        } finally {
          this.expandingAliases.delete(name);
        }
      }
      // A bare trait where a type goes (`&Speaker`): edition 2021 wants `dyn Speaker`.
      if (user.k === 'trait' && !this.inPrelude) this.diagnostics.push(error('typeck', 'E0782', 'expected a type, found a trait', path.span, [label(path.span, '', true)], [`help: use \`dyn ${name}\` for a trait object`]));
      else this.diagnostics.push(unsupported('typeck', `a trait used as a type (write \`dyn ${name}\`)`, path.span));
      return ERROR;
    }
    const stdIter = this.inPrelude ? null : this.stdIteratorTy(names.length > 1 ? names : this.stdImportPaths.get(name) ?? names, argTys, last.args?.lifetimes[0]);
    if (stdIter) return stdIter;
    const b = BUILTIN_TYPES[name];
    if (b) {
      if (b.name === 'Result' && argTys.length === 1) {
        // `Result<u8>` is `io::Result<u8>` only when written so; std's own Result takes two (E0107).
        const viaModule = path.segments.length > 1 && path.segments[path.segments.length - 2].name.name !== 'result';
        const at = last.name.span;
        if (!viaModule && !this.inPrelude && !this.reportedArgCounts.has(at.start)) {
          this.reportedArgCounts.add(at.start);
          this.diagnostics.push(error('resolve', 'E0107', 'enum takes 2 generic arguments but 1 generic argument was supplied', at, [label(at, 'expected 2 generic arguments', true)]));
        }
        return { k: 'builtin', name: 'Result', args: [argTys[0], ERROR] };
      }
      if (!this.inPrelude && !MAYBE_UNSIZED_STD.has(b.name)) argTys.forEach((t) => this.requireSized(t, path.span, !this.collected));
      const args: Ty[] = [];
      for (let i = 0; i < b.arity; i++) args.push(argTys[i] ?? this.infer.fresh());
      return { k: 'builtin', name: b.name, args };
    }
    if (UNMODELLED_STD_TYPES.has(name)) {
      this.diagnostics.push(unsupported('typeck', `the std type \`${name}\``, last.name.span));
      return ERROR;
    }
    // `Grid<SIZE>` with `const SIZE: usize = 4;`: a constant as a const generic argument.
    if (path.segments.length === 1 && !last.args && (this.values.get(name)?.k === 'const' || this.constValues.has(name))) {
      const n = this.constLen({ kind: 'path', id: -1, span: path.span, path });
      if (n !== null) return { k: 'const', value: BigInt(n) };
    }
    // `std::io::Stdin`, `iter::Cycle<..>`, or `Stdin` after `use std::io::Stdin;`: std's, which memviz does not model.
    if (STD_ROOTS.has(path.segments[0].name.name) || segs.length < names.length || this.stdImports.has(name) || this.stdGlob) {
      this.diagnostics.push(unsupported('typeck', `the std type \`${name}\``, last.name.span));
      return ERROR;
    }
    this.diagnostics.push(error('resolve', 'E0425', `cannot find type \`${name}\` in this scope`, last.name.span, [label(last.name.span, 'not found in this scope', true)]));
    return ERROR;
  }
}

/** std's `Cow<'a, B, O>` of the prelude, whose last parameter is `<B as ToOwned>::Owned`, hidden. */
export function isStdCow(adt: AdtInfo): boolean {
  return adt.isPrelude && adt.name === 'Cow';
}

/** `<t as ToOwned>::Owned`: String for str, Vec<T> for [T], T for a sized T (its Clone); null while t is unknown. */
export function toOwnedTy(t: Ty): Ty | null {
  if (t.k === 'str') return STRING;
  if (t.k === 'slice') return { k: 'builtin', name: 'Vec', args: [t.elem] };
  if (t.k === 'infer' || t.k === 'dyn' || t.k === 'error') return null;
  return t;
}

/** std types whose parameter may be unsized (`Box<dyn Trait>`, `Rc<str>`, `RefCell<[T]>`); every other one's must be sized. */
const MAYBE_UNSIZED_STD: ReadonlySet<string> = new Set([
  'Box', 'Rc', 'Weak', 'RefCell', 'Cell', 'Ref', 'RefMut', 'Arc', 'Mutex', 'MutexGuard', 'RwLock', 'RwLockReadGuard', 'RwLockWriteGuard',
]);

/** Where the parameters standing for a trait's associated types (`Self::A`) are numbered from. */
const ASSOC_PARAM_INDEX = 1 << 20;

/** std types a program may name (usually after `use std::collections::..`) that memviz does not model yet. */
export const UNMODELLED_STD_TYPES: ReadonlySet<string> = new Set([
  'LinkedList', 'Instant', 'Condvar', 'Barrier',
  'RandomState', 'BuildHasherDefault', 'SipHasher',
]);

const NO_METHODS: readonly ImplMethod[] = [];

/** What an impl of these std traits must give (the items without a default). */
const STD_TRAIT_ITEMS: Record<string, readonly string[]> = {
  Display: ['fmt'], Debug: ['fmt'], Drop: ['drop'], Iterator: ['Item', 'next'], IntoIterator: ['Item', 'IntoIter', 'into_iter'], Clone: ['clone'], PartialEq: ['eq'],
  Add: ['Output', 'add'], Sub: ['Output', 'sub'], Mul: ['Output', 'mul'], Div: ['Output', 'div'], Rem: ['Output', 'rem'], Neg: ['Output', 'neg'], Not: ['Output', 'not'],
  BitAnd: ['Output', 'bitand'], BitOr: ['Output', 'bitor'], BitXor: ['Output', 'bitxor'], Shl: ['Output', 'shl'], Shr: ['Output', 'shr'],
  AddAssign: ['add_assign'], SubAssign: ['sub_assign'], MulAssign: ['mul_assign'], DivAssign: ['div_assign'], RemAssign: ['rem_assign'], Default: ['default'], From: ['from'], Into: ['into'],
  Index: ['Output', 'index'], IndexMut: ['index_mut'],
  DoubleEndedIterator: ['next_back'], Hash: ['hash'],
};

/**
 * The provided methods of the std traits the prelude declares (with only their required items): an
 * impl may write its own (`fn size_hint` in an `impl Iterator`), which is no E0407.
 */
const STD_PROVIDED_METHODS: Record<string, ReadonlySet<string>> = {
  Clone: new Set(['clone_from']),
  Hash: new Set(['hash_slice']),
  Iterator: new Set([
    'size_hint', 'count', 'last', 'advance_by', 'nth', 'step_by', 'chain', 'zip', 'intersperse', 'intersperse_with', 'map', 'for_each', 'filter',
    'filter_map', 'enumerate', 'peekable', 'skip_while', 'take_while', 'map_while', 'skip', 'take', 'scan', 'flat_map', 'flatten', 'map_windows',
    'fuse', 'inspect', 'by_ref', 'collect', 'try_collect', 'collect_into', 'partition', 'partition_in_place', 'is_partitioned', 'try_fold',
    'try_for_each', 'fold', 'reduce', 'try_reduce', 'all', 'any', 'find', 'find_map', 'try_find', 'position', 'rposition', 'max', 'min',
    'max_by_key', 'max_by', 'min_by_key', 'min_by', 'rev', 'unzip', 'copied', 'cloned', 'cycle', 'array_chunks', 'sum', 'product', 'cmp',
    'cmp_by', 'partial_cmp', 'partial_cmp_by', 'eq', 'eq_by', 'ne', 'lt', 'le', 'gt', 'ge', 'is_sorted', 'is_sorted_by', 'is_sorted_by_key',
  ]),
};

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** `std::rc::Rc` → `Rc`, `std::mem::swap` → `mem::swap`, `std::collections::HashMap` → `HashMap`. */
export function stripStdPrefix(names: readonly string[]): string[] {
  let i = 0;
  if (names.length > 1 && STD_ROOTS.has(names[0])) i = 1;
  // A path that starts with `str` names the type (`str::trim`); `std::str::...` names the module,
  // whose functions are the type's own (`std::str::from_utf8`), its types not (`std::str::FromStr`).
  while (names.length - i > 1 && STD_MODULES.has(names[i]) && !(names[i] === 'str' && (i === 0 || /^[a-z]/.test(names[i + 1])))) i++;
  // `thread::Builder`, `mpsc::SyncSender`: a type of a module whose functions the prelude declares
  // (`thread::spawn` keeps its module).
  if (names.length - i > 1 && TYPE_MODULES.has(names[i]) && /^[A-Z]/.test(names[i + 1])) i++;
  return names.slice(i);
}

function builtinPrefixOf(t: Ty, names?: TyNames): string | null {
  switch (t.k) {
    case 'builtin': return t.name;
    // A prelude enum (`Ordering`): its body-less methods are builtins named after it.
    case 'adt': return names ? names.adtName(t.adt) : null;
    case 'str': return 'str';
    case 'slice': return 'slice';
    case 'char': return 'char';
    case 'bool': return 'bool';
    // `impl<T> *const T` and `impl<T> *mut T` share their builtins (`rawptr::add`).
    case 'ptr': return 'rawptr';
    // `impl dyn Any`: its builtins are `Any::is`, `Any::downcast_ref`.
    case 'dyn': return t.traits.length === 1 && typeof t.traits[0].trait === 'string' ? t.traits[0].trait : null;
    default: return null;
  }
}

function tyShortName(t: Ty, names: TyNames): string {
  if (t.k === 'adt') return names.adtName(t.adt);
  if (t.k === 'builtin') return t.name;
  return '?';
}

function firstChar(s: Span): Span {
  return { start: s.start, end: s.start + 1, line: s.line, col: s.col, endLine: s.line, endCol: s.col + 1 };
}

/**
 * Whether `pattern` (an impl's type, its parameters bound in `binds` by index) can be `t`. Kinds
 * it does not look into count as no match.
 */
function matchPattern(pattern: Ty, t: Ty, binds: (Ty | undefined)[]): boolean {
  const all = (ps: readonly Ty[], ts: readonly Ty[]) => ps.length === ts.length && ps.every((p, i) => matchPattern(p, ts[i], binds));
  if (pattern.k === 'param') {
    if (pattern.index >= binds.length) return false;
    const bound = binds[pattern.index];
    if (bound) return tyEq(bound, t);
    binds[pattern.index] = t;
    return true;
  }
  if (pattern.k !== t.k) return false;
  switch (pattern.k) {
    case 'ref': case 'ptr': return pattern.mut === (t as typeof pattern).mut && matchPattern(pattern.inner, (t as typeof pattern).inner, binds);
    case 'adt': return pattern.adt === (t as typeof pattern).adt && all(pattern.args, (t as typeof pattern).args);
    case 'builtin': return pattern.name === (t as typeof pattern).name && all(pattern.args, (t as typeof pattern).args);
    case 'tuple': return all(pattern.elems, (t as typeof pattern).elems);
    case 'slice': return matchPattern(pattern.elem, (t as typeof pattern).elem, binds);
    case 'int': case 'float': case 'bool': case 'char': case 'str': return tyEq(pattern, t);
    default: return false;
  }
}

/** A type all of std's (a number, `String`, `Vec<u8>`): std may yet implement any of its traits for it. */
function foreignTy(t: Ty, names: { adts: readonly AdtInfo[] }): boolean {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': return true;
    case 'builtin': return t.args.every((a) => foreignTy(a, names));
    case 'adt': return names.adts[t.adt].isPrelude && t.args.every((a) => foreignTy(a, names));
    default: return false;
  }
}

function mentionsParam(t: Ty): boolean {
  switch (t.k) {
    case 'param': case 'opaque': case 'infer': return true;
    case 'ref': case 'ptr': return mentionsParam(t.inner);
    case 'tuple': return t.elems.some(mentionsParam);
    case 'array': return mentionsParam(t.elem) || (typeof t.len !== 'number' && mentionsParam(t.len));
    case 'slice': return mentionsParam(t.elem);
    case 'adt': case 'builtin': return t.args.some(mentionsParam);
    default: return false;
  }
}

/** The first path in a const expression that names a const parameter of `scope` (`N` in `N + 1`), if any. */
function constParamUse(e: Expr, scope: TyScope): Path | null {
  if (!scope.constParams || scope.constParams.size === 0) return null;
  let found: Path | null = null;
  const visit = (x: unknown): void => {
    if (found || typeof x !== 'object' || x === null) return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const node = x as { kind?: unknown; path?: Path };
    if (node.kind === 'path' && node.path && node.path.segments.length === 1 && scope.constParams!.has(node.path.segments[0].name.name)) {
      found = node.path;
      return;
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'span') visit(v);
  };
  visit(e);
  return found;
}

/** Visits every path type inside a type, outermost first (not inside `dyn Fn(..)` or fn pointers). */
/** The std traits' associated types a generic fn may name through its parameters. */
const STD_ASSOC_TYPES: Record<string, readonly string[]> = {
  Iterator: ['Item'], IntoIterator: ['Item'],
  Add: ['Output'], Sub: ['Output'], Mul: ['Output'], Div: ['Output'], Rem: ['Output'], Neg: ['Output'],
};

/** `P::Name` or `<P as Trait>::Name` with `P` a single name: its parts (the trait when written). */
function projectionOf(path: Path): { base: string; name: string; trait: string | null } | null {
  if (path.qself) {
    const q = path.qself;
    if (q.ty.kind !== 'path' || q.ty.path.qself || q.ty.path.segments.length !== 1 || !q.trait || path.segments.length !== 1) return null;
    return { base: q.ty.path.segments[0].name.name, name: path.segments[0].name.name, trait: q.trait.segments.at(-1)!.name.name };
  }
  if (path.segments.length !== 2 || path.segments.some((s) => s.args)) return null;
  return { base: path.segments[0].name.name, name: path.segments[1].name.name, trait: null };
}

function walkPaths(t: Type, visit: (p: Path) => void): void {
  switch (t.kind) {
    case 'ref': case 'ptr': walkPaths(t.inner, visit); break;
    case 'tuple': t.elems.forEach((e) => walkPaths(e, visit)); break;
    case 'array': case 'slice': walkPaths(t.elem, visit); break;
    case 'path':
      visit(t.path);
      for (const s of t.path.segments) s.args?.types.forEach((a) => walkPaths(a, visit));
      break;
    default: break;
  }
}

/** Visits every reference type `&T` inside a type (not inside `dyn Fn(..)` or fn pointers, which have their own elision). */
function walkRefs(t: Type, visit: (r: Extract<Type, { kind: 'ref' }>) => void): void {
  switch (t.kind) {
    case 'ref': visit(t); walkRefs(t.inner, visit); break;
    case 'tuple': t.elems.forEach((e) => walkRefs(e, visit)); break;
    case 'array': case 'slice': walkRefs(t.elem, visit); break;
    case 'path': for (const s of t.path.segments) s.args?.types.forEach((a) => walkRefs(a, visit)); break;
    default: break;
  }
}

/** The references of a return type, and the `'_` bounds of its `impl Trait` and `dyn Trait` (with the references in their arguments). */
function walkRetLifetimes(t: Type, visit: (r: Extract<Type, { kind: 'ref' }> | TraitBound) => void): void {
  switch (t.kind) {
    case 'ref': visit(t); walkRetLifetimes(t.inner, visit); break;
    case 'tuple': t.elems.forEach((e) => walkRetLifetimes(e, visit)); break;
    case 'array': case 'slice': walkRetLifetimes(t.elem, visit); break;
    case 'path': for (const s of t.path.segments) s.args?.types.forEach((a) => walkRetLifetimes(a, visit)); break;
    case 'impl': case 'dyn':
      for (const b of t.bounds) {
        if (b.lifetime === '_') visit(b);
        for (const s of b.path?.segments ?? []) {
          s.args?.types.forEach((a) => walkRetLifetimes(a, visit));
          s.args?.bindings.forEach((a) => walkRetLifetimes(a.ty, visit));
        }
      }
      break;
    default: break;
  }
}

function walkTypeLifetimes(t: Type, visit: (lt: string | null) => void, hidden: (p: Path) => number): void {
  switch (t.kind) {
    case 'ref': visit(t.lifetime); walkTypeLifetimes(t.inner, visit, hidden); break;
    case 'tuple': t.elems.forEach((e) => walkTypeLifetimes(e, visit, hidden)); break;
    case 'array': case 'slice': walkTypeLifetimes(t.elem, visit, hidden); break;
    case 'path': {
      for (let i = hidden(t.path); i > 0; i--) visit(null);
      for (const s of t.path.segments) {
        s.args?.lifetimes.forEach((l) => visit(l));
        s.args?.types.forEach((a) => walkTypeLifetimes(a, visit, hidden));
      }
      break;
    }
    case 'impl': case 'dyn':
      for (const b of t.bounds) if (b.lifetime) visit(b.lifetime);
      break;
    default: break;
  }
}

/** Why a trait cannot be a `dyn` type (rustc's dyn-compatibility rules, for what memviz reads), or null. */
function dynIncompatibility(trait: TraitItem): string | null {
  const selfSized = (f: FnItem) => f.generics.where.some((w) => w.ty.kind === 'path' && w.ty.path.segments.length === 1 && w.ty.path.segments[0].name.name === 'Self' && w.bounds.some((b) => b.path?.segments.at(-1)?.name.name === 'Sized'));
  const mentionsSelf = (t: Type) => {
    let found = false;
    walkPaths(t, (p) => { if (p.segments.length === 1 && p.segments[0].name.name === 'Self') found = true; });
    return found;
  };
  // `Clone`, `Copy` and `Default` are `Sized` traits themselves.
  if (trait.supertraits.some((b) => ['Sized', 'Clone', 'Copy', 'Default'].includes(b.path?.segments.at(-1)?.name.name ?? ''))) return 'it requires `Self: Sized`';
  for (const m of trait.items) {
    if (m.kind !== 'fn' || selfSized(m)) continue;
    const name = m.name.name;
    if (!m.selfParam) return `associated function \`${name}\` has no \`self\` parameter`;
    if (m.generics.types.length > 0) return `method \`${name}\` has generic type parameters`;
    if (m.ret && mentionsSelf(m.ret)) return `method \`${name}\` references the \`Self\` type in its return type`;
    if (m.params.some((p) => mentionsSelf(p.ty))) return `method \`${name}\` references the \`Self\` type in this parameter`;
  }
  return null;
}

/** The name types and frames show for an item: a body's item's own (`go`, not `a::go`). */
function shownName(name: Ident): string {
  return name.inBody && name.display ? name.display : name.name;
}

/** A fn's head, from `fn` to its return type (or its last parameter): where rustc points at a fn. */
function signatureSpan(f: FnItem): Span {
  const end = f.ret?.span ?? f.params[f.params.length - 1]?.ty.span ?? f.name.span;
  return { ...f.span, end: end.end, endLine: end.endLine, endCol: end.endCol };
}
