// Inline modules (`mod name { ... }`), resolved the way rustc's name resolution sees them, then
// flattened away so that the type checker sees one flat crate.
//
// Every path is resolved in the module where it is written: `crate::`, `self::`, `super::`, the
// module's own items, its `use` imports (explicit, glob, renamed, re-exported with `pub use`), and
// local variables and generic parameters, which shadow items. Privacy is checked at each step of a
// path (E0603). An item keeps its name unless another item of the same namespace has it too; then
// it is named by its module path (`english::greet`), which is also what its stack frame shows, and
// `Ident.display` keeps the name as written for `{:?}`. An item declared in a function body that
// the parser could not move to the top level (another item has its name) is seen by its block
// alone: it is named by its function (`a::go`), shadows the module's item there, and moves out.
//
// A program without modules goes through the same walk (its names keep their names): a std name it
// uses without importing it (`HashMap`, `fmt::Formatter`, `impl Display`) is rustc's E0425, E0433 or
// E0405 there as in any module.

import type * as A from '../syntax/ast.js';
import { error, label, type Diagnostic } from '../diagnostics.js';

export interface FlatCrate {
  readonly crate: A.Crate;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The module path (`a::b`, '' for the crate root) of every item, impl method and struct that a
   * module holds, by node id: the type checker's privacy checks (fields, methods) need it.
   */
  readonly moduleOf: ReadonlyMap<A.NodeId, string>;
  /**
   * The program's traits each module can call methods of (declared or imported there), by module
   * path, with their flat names: rustc finds a trait's method only where the trait is in scope (E0599).
   */
  readonly traitsInScope: ReadonlyMap<string, ReadonlySet<string>>;
}

type Ns = 'type' | 'value';

interface Module {
  readonly name: string;
  /** `a::b`, '' for the crate root. */
  readonly path: string;
  readonly parent: Module | null;
  readonly names: Record<Ns, Map<string, Binding>>;
  readonly globs: { readonly from: Module; readonly isPub: boolean }[];
  /** Names `use std::...` brings in ('*' for a glob). */
  readonly std: Set<string>;
}

type Target =
  | { readonly k: 'mod'; readonly mod: Module }
  /** An item; `segs` is the path the flat crate knows it by (`[key]`, or `[enumKey, variant]`). */
  | { readonly k: 'item'; readonly what: string; readonly segs: readonly string[]; readonly variants: readonly string[] | null };

interface Binding {
  readonly target: Target;
  readonly isPub: boolean;
  /** Where it is visible when not `pub`: where it is declared or imported (its parent for `pub(super)`), and the modules inside. */
  readonly owner: Module;
  readonly imported: boolean;
}

interface PendingUse {
  readonly mod: Module;
  readonly entry: A.UseItem['entries'][number];
  readonly isPub: boolean;
}

const STD_ROOTS = new Set(['std', 'core', 'alloc']);
/** Names every module sees without importing them (the 2021 prelude and the primitive types). */
const PRELUDE = new Set([
  'Copy', 'Send', 'Sized', 'Sync', 'Unpin', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'drop', 'Box', 'ToOwned', 'Clone',
  'PartialEq', 'PartialOrd', 'Eq', 'Ord', 'AsRef', 'AsMut', 'Into', 'From', 'Default', 'Iterator', 'Extend',
  'IntoIterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'Option', 'Some', 'None', 'Result', 'Ok', 'Err',
  'String', 'ToString', 'Vec', 'TryFrom', 'TryInto', 'FromIterator', 'Self', 'self', 'super', 'crate',
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str',
]);

/**
 * Std names that need a `use` (they are not in the prelude) which teaching programs use most, and
 * which students forget to import: types, modules and traits (`impl Display for ..`).
 */
const STD_NEEDS_USE = new Set([
  'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'BinaryHeap', 'Rc', 'Weak', 'RefCell', 'Cell', 'OnceCell', 'OnceLock', 'mem', 'fmt', 'Ordering', 'Cow',
  'Display', 'Debug', 'Error', 'FromStr', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'Index', 'IndexMut', 'Deref', 'DerefMut',
  'Hash', 'Hasher', 'DefaultHasher', 'ManuallyDrop', 'MaybeUninit',
]);

/** The modules at std's root (stable, unstable and hidden ones): a path through another is E0432. */
const STD_MODULES = new Set([
  'alloc', 'any', 'arch', 'array', 'ascii', 'assert_matches', 'async_iter', 'autodiff', 'backtrace', 'bstr', 'borrow', 'boxed',
  'cell', 'char', 'clone', 'cmp', 'collections', 'contracts', 'convert', 'default', 'env', 'error', 'f16', 'f32', 'f64', 'f128',
  'ffi', 'fmt', 'fs', 'future', 'hash', 'hint', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'intrinsics', 'io', 'iter',
  'marker', 'mem', 'net', 'num', 'ops', 'option', 'os', 'panic', 'panicking', 'pat', 'path', 'pin', 'prelude', 'primitive',
  'process', 'ptr', 'random', 'range', 'rc', 'result', 'rt', 'simd', 'slice', 'str', 'string', 'sync', 'sys', 'sys_common',
  'task', 'thread', 'time', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'unsafe_binder', 'vec',
]);

/** Levenshtein distance (short names only). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export function resolveModules(crate: A.Crate): FlatCrate {
  return new Resolver(crate).run();
}

/** An item with a name in one of the two namespaces, as declared. */
function declaredNs(item: A.Item): Ns[] {
  switch (item.kind) {
    case 'struct': return item.shape === 'named' ? ['type'] : ['type', 'value'];
    case 'enum': case 'trait': case 'type': case 'mod': return ['type'];
    case 'fn': case 'const': case 'static': return ['value'];
    default: return [];
  }
}

const WHAT: Record<string, string> = { struct: 'struct', enum: 'enum', trait: 'trait', type: 'type alias', fn: 'function', const: 'constant', static: 'static', mod: 'module' };

class Resolver {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly moduleOf = new Map<A.NodeId, string>();
  private readonly root: Module = newModule('', '', null);
  private readonly modules: Module[] = [this.root];
  /** How many items of each namespace have each name, over the whole crate. */
  private readonly counts: Record<Ns, Map<string, number>> = { type: new Map(), value: new Map() };
  /** Every item's name and namespace, with its module: for "not found here, but it exists there". */
  private readonly everywhere: Record<Ns, Map<string, Module>> = { type: new Map(), value: new Map() };
  private readonly pending: PendingUse[] = [];
  /** Std `use` items, kept for the type checker at the crate's top (its std names need no import). */
  private readonly stdUses: A.UseItem[] = [];
  /** Set when two glob imports give a name two meanings (E0659 where it is used). */
  private ambiguous: string | null = null;
  /** Every name the flat crate gives a module's item, so that a body's item gets one of its own. */
  private readonly keys = new Set<string>();
  /** The items that bodies declared, renamed and resolved, for the end of the flat crate. */
  private readonly fromBodies: A.Item[] = [];
  /** The functions whose bodies are being resolved, outermost first (`a`, `go`): a body item's name. */
  private readonly fnNames: string[] = [];
  /** The items of the blocks around the item being resolved (a body's item sees them, not its locals). */
  private enclosing: readonly Frame[] = [];
  /** Set while a body's own item is resolved (its block renames it, see `bodyItem`). */
  private inBody = false;
  /** Where a resolution error was reported, so one path gets one error. */
  private readonly reported = new Set<number>();

  constructor(private readonly crate: A.Crate) {}

  run(): FlatCrate {
    this.count(this.crate.items);
    this.declare(this.root, this.crate.items);
    this.resolveUses();
    const items: A.Item[] = [...this.stdUses];
    this.flatten(this.root, this.crate.items, items);
    items.push(...this.fromBodies);
    const traitsInScope = new Map(this.modules.map((m) => [m.path, this.traitsOf(m)]));
    // A trait declared in a body: its methods are callable in that module (rustc: in that block).
    for (const t of this.fromBodies) if (t.kind === 'trait') traitsInScope.get(this.moduleOf.get(t.id) ?? '')?.add(t.name.name);
    return { crate: { items }, diagnostics: this.diagnostics, moduleOf: this.moduleOf, traitsInScope };
  }

  // ------------------------------------------------------------ declaring

  /** Every name a pattern binds anywhere in the program: walked for the first item of a `mod` only (most programs have none). */
  private localNamesSet: Set<string> | null = null;

  private get localNames(): Set<string> {
    if (!this.localNamesSet) {
      this.localNamesSet = new Set<string>();
      this.collectLocalNames(this.crate.items);
    }
    return this.localNamesSet;
  }

  private collectLocalNames(v: unknown): void {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) this.collectLocalNames(x);
      return;
    }
    const n = v as { kind?: unknown; byRef?: unknown; name?: { name?: unknown } };
    if (n.kind === 'ident' && n.byRef !== undefined && typeof n.name?.name === 'string') this.localNamesSet!.add(n.name.name);
    for (const k in v) if (k !== 'span') this.collectLocalNames((v as Record<string, unknown>)[k]);
  }

  private count(items: readonly A.Item[]): void {
    for (const item of items) {
      if (item.kind === 'mod') this.count(item.items);
      else for (const ns of declaredNs(item)) {
        const name = (item as { name: A.Ident }).name.name;
        this.counts[ns].set(name, (this.counts[ns].get(name) ?? 0) + 1);
      }
    }
  }

  /**
   * The name the flat crate gives an item of `mod`: its own, unless another item has it too, or a
   * local variable does (`let square = 3; math::square(5)` must still reach the function).
   */
  private key(mod: Module, name: string, ns: Ns): string {
    if (mod === this.root || ((this.counts[ns].get(name) ?? 0) <= 1 && !(ns === 'value' && this.localNames.has(name)))) return name;
    return `${mod.path}::${name}`;
  }

  private declare(mod: Module, items: readonly A.Item[]): void {
    this.checkStdUses(items);
    for (const item of items) {
      if (item.kind === 'use') {
        if (item.entries.length > 0 && item.entries.every((e) => STD_ROOTS.has(e.path[0]))) this.stdUses.push(item);
        for (const entry of item.entries) {
          if (!STD_ROOTS.has(entry.path[0])) this.pending.push({ mod, entry, isPub: item.isPub ?? false });
          else {
            const last = entry.path[entry.path.length - 1];
            mod.std.add(entry.glob ? '*' : entry.alias ?? (last === 'self' ? entry.path[entry.path.length - 2] : last));
          }
        }
        continue;
      }
      if (item.kind === 'mod') {
        const child = newModule(item.name.name, mod.path ? `${mod.path}::${item.name.name}` : item.name.name, mod);
        this.modules.push(child);
        this.bind(mod, 'type', item.name, { target: { k: 'mod', mod: child }, isPub: item.isPub ?? false, owner: visOwner(mod, item), imported: false });
        this.declare(child, item.items);
        continue;
      }
      for (const ns of declaredNs(item)) {
        const name = (item as { name: A.Ident }).name;
        const key = this.key(mod, name.name, ns === 'value' && item.kind === 'struct' ? 'type' : ns);
        const variants = item.kind === 'enum' ? item.variants.map((v) => v.name.name) : null;
        // A tuple struct's constructor is as visible as its least visible field.
        const isPub = ((item as A.Visible).isPub ?? false) && !(ns === 'value' && item.kind === 'struct' && item.fields.some((f) => !f.isPub));
        const what = ns === 'value' && item.kind === 'struct' ? (item.shape === 'tuple' ? 'tuple struct constructor' : 'unit struct') : WHAT[item.kind];
        this.bind(mod, ns, name, { target: { k: 'item', what, segs: [key], variants }, isPub, owner: visOwner(mod, item as A.Visible), imported: false });
        this.keys.add(key);
        if (!this.everywhere[ns].has(name.name) || mod === this.root) this.everywhere[ns].set(name.name, mod);
      }
    }
  }

  /**
   * The std imports of a module's own items (not those of its function bodies, which the parser moved
   * here): a std module name that does not exist (E0432), a type name imported twice (E0252) or
   * also declared by an item (E0255). Only a capitalised name is surely in the type namespace (a
   * lowercase one may be a module, a function or a macro), so only those are compared.
   */
  private checkStdUses(items: readonly A.Item[]): void {
    const inBody = (item: A.Item): boolean => items.some((o) => o !== item && o.span.start <= item.span.start && item.span.end <= o.span.end);
    const own = items.filter((item) => !inBody(item));
    for (const item of items) if (item.kind === 'use') for (const entry of item.entries) if (entry.path[0] === 'std') this.checkStdModule(entry);
    const imported = new Map<string, A.Span>();
    for (const item of own) {
      if (item.kind !== 'use') continue;
      for (const entry of item.entries) {
        if (entry.path[0] !== 'std' || entry.glob) continue;
        const last = entry.path[entry.path.length - 1];
        const name = entry.alias ?? last;
        if (!/^[A-Z]/.test(name) || last === 'self') continue;
        const had = imported.get(name);
        if (had) this.report(error('resolve', 'E0252', `the name \`${name}\` is defined multiple times`, entry.span, [label(had, `previous import of the type \`${name}\` here`), label(entry.span, `\`${name}\` reimported here`, true)], [`note: \`${name}\` must be defined only once in the type namespace of this module`]));
        else imported.set(name, entry.span);
      }
    }
    for (const item of own) {
      if (!declaredNs(item).includes('type') || item.kind === 'mod') continue;
      const name = (item as { name: A.Ident }).name;
      const use = imported.get(name.name);
      if (!use) continue;
      // Whichever comes second is the one rustc points at.
      const head = { ...item.span, end: name.span.end, endLine: name.span.endLine, endCol: name.span.endCol };
      const [at, other] = use.start < item.span.start ? [head, use] : [use, head];
      this.report(error('resolve', 'E0255', `the name \`${name.name}\` is defined multiple times`, at, [label(other, other === use ? `previous import of the type \`${name.name}\` here` : `previous definition of the type \`${name.name}\` here`), label(at, `\`${name.name}\` ${at === use ? 'reimported' : 'redefined'} here`, true)], [`note: \`${name.name}\` must be defined only once in the type namespace of this module`]));
    }
  }

  /**
   * E0432 for `use std::collection::HashMap`: a name right after `std::` that must be a module (more
   * follows it) and is one letter or two away from a module std has, but none of std's modules.
   */
  private checkStdModule(entry: A.UseItem['entries'][number]): void {
    const name = entry.path[1];
    if (entry.path.length < (entry.glob ? 2 : 3) || name === undefined || STD_MODULES.has(name) || name.length < 4) return;
    if (![...STD_MODULES].some((m) => m.length >= 4 && editDistance(m, name) <= 2)) return;
    // A plain path (`std::collection::HashMap`, nothing grouped or renamed): point at the module's name.
    const plain = entry.span.end - entry.span.start === entry.path.join('::').length && entry.span.line === entry.span.endLine;
    const at = plain ? { ...entry.span, start: entry.span.start + 5, col: entry.span.col + 5, end: entry.span.start + 5 + name.length, endCol: entry.span.col + 5 + name.length } : entry.span;
    this.report(error('resolve', 'E0432', `unresolved import \`std::${name}\``, at, [label(at, `could not find \`${name}\` in \`std\``, true)]));
  }

  private bind(mod: Module, ns: Ns, name: A.Ident, b: Binding): void {
    if (mod.names[ns].has(name.name)) {
      const what = ns === 'type' ? 'type' : 'value';
      this.report(error('resolve', 'E0428', `the name \`${name.name}\` is defined multiple times`, name.span, [label(name.span, `\`${name.name}\` redefined here`, true)], [`note: \`${name.name}\` must be defined only once in the ${what} namespace of this module`]));
      return;
    }
    mod.names[ns].set(name.name, b);
  }

  // ------------------------------------------------------------ imports

  /** Resolves `use` entries until none makes progress; what is left does not exist (E0432). */
  private resolveUses(): void {
    let left = this.pending.splice(0);
    for (;;) {
      const next = left.filter((u) => !this.tryUse(u, false));
      if (next.length === left.length) break;
      left = next;
    }
    for (const u of left) this.tryUse(u, true);
  }

  /** Adds what one `use` entry imports; false if it cannot yet (with `last`, reports why instead). */
  private tryUse(u: PendingUse, last: boolean): boolean {
    const { entry, mod } = u;
    const path = entry.path;
    const spanOf = entry.span;
    const prefix = entry.glob ? path : path.slice(0, -1);
    const name = entry.glob ? null : path[path.length - 1];
    let from: Target;
    if (prefix.length === 0) {
      // `use name;` or `use name as alias;` of something already in scope.
      if (name === null) return true;
      const found = this.inScope(mod, name, 'type') ?? this.inScope(mod, name, 'value');
      if (!found) {
        if (last) this.report(error('resolve', 'E0432', `unresolved import \`${name}\``, spanOf, [label(spanOf, `no external crate \`${name}\``, true)]));
        return false;
      }
      from = { k: 'mod', mod };
      return this.importFrom(u, from, name, last);
    }
    const start = this.walkModules(mod, prefix, spanOf, last);
    if (start === 'later') return false;
    if (start === 'failed') return true;
    from = start;
    if (name === null) {
      // `use a::*`: a module's names, or an enum's variants.
      if (from.k === 'mod') mod.globs.push({ from: from.mod, isPub: u.isPub });
      else if (from.k === 'item' && from.variants) {
        for (const v of from.variants) this.addVariant(mod, v, from, u.isPub);
      }
      return true;
    }
    return this.importFrom(u, from, name, last);
  }

  private importFrom(u: PendingUse, from: Target, name: string, last: boolean): boolean {
    const { entry, mod } = u;
    const as = entry.alias ?? name;
    const at = { name: as, span: entry.span };
    if (name === 'self' && from.k === 'mod') {
      this.bind(mod, 'type', at, { target: from, isPub: u.isPub, owner: mod, imported: true });
      return true;
    }
    if (from.k === 'item') {
      if (!from.variants || !from.variants.includes(name)) {
        if (last) this.report(error('resolve', 'E0432', `unresolved import \`${entry.path.join('::')}\``, entry.span, [label(entry.span, `no \`${name}\` in \`${from.segs.join('::')}\``, true)]));
        return last;
      }
      this.addVariant(mod, name, from, u.isPub, as, entry.span);
      return true;
    }
    let any = false;
    // `use m::P` of a public tuple struct with private fields: its type is imported, its private
    // constructor is not, and that is no error. Only a name private in every namespace is E0603.
    const found = (['type', 'value'] as const).map((ns) => this.lookupIn(from.mod, name, ns, mod));
    const someVisible = found.some((b) => b && this.visible(b, mod));
    for (const ns of ['type', 'value'] as const) {
      const b = found[ns === 'type' ? 0 : 1];
      if (!b) continue;
      any = true;
      if (someVisible && !this.visible(b, mod)) continue;
      // A private item is still what the name means here (one E0603, no later "not found").
      if (!this.visible(b, mod)) this.privateError(b, name, entry.span);
      const had = mod.names[ns].get(as);
      if (!had) mod.names[ns].set(as, { target: b.target, isPub: u.isPub, owner: mod, imported: true });
      else if (!sameTarget(had.target, b.target)) {
        const code = had.imported ? 'E0252' : 'E0255';
        this.report(error('resolve', code, `the name \`${as}\` is defined multiple times`, entry.span, [label(entry.span, `\`${as}\` ${had.imported ? 'reimported' : 'imported'} here`, true)], [`note: \`${as}\` must be defined only once in the ${ns} namespace of this module`, `help: you can use \`as\` to change the binding name of the import`]));
        return true;
      }
    }
    if (!any) {
      if (!last) return false;
      this.failedImports.set(mod, (this.failedImports.get(mod) ?? new Set<string>()).add(as));
      const where = from.mod === this.root ? 'the crate root' : `\`${from.mod.name}\``;
      this.report(error('resolve', 'E0432', `unresolved import \`${entry.path.join('::')}\``, entry.span, [label(entry.span, `no \`${name}\` in ${where}`, true)]));
    }
    return true;
  }

  private addVariant(mod: Module, variant: string, e: Extract<Target, { k: 'item' }>, isPub: boolean, as = variant, span?: A.Span): void {
    const b: Binding = { target: { k: 'item', what: 'variant', segs: [...e.segs, variant], variants: null }, isPub, owner: mod, imported: true };
    for (const ns of ['type', 'value'] as const) {
      if (!mod.names[ns].has(as)) mod.names[ns].set(as, b);
      else if (span && ns === 'value') this.report(error('resolve', 'E0252', `the name \`${as}\` is defined multiple times`, span, [label(span, `\`${as}\` reimported here`, true)]));
    }
  }

  /**
   * Walks a path of modules (and at most one enum at its end) from `mod`: `crate::a`, `super::b`,
   * `self::c`, or a name in scope. 'later': a name is not there yet (an import may still bring it).
   */
  private walkModules(mod: Module, segs: readonly string[], at: A.Span, last: boolean): Target | 'later' | 'failed' {
    const errAt = last ? at : null;
    let cur: Target;
    let i = 1;
    const first = segs[0];
    if (first === 'crate' || first === 'self' || first === 'super') {
      const start = this.leadingModule(mod, segs, segs.length);
      if (typeof start === 'number') {
        if (errAt) this.tooManySupers(errAt);
        return errAt ? 'failed' : 'later';
      }
      cur = { k: 'mod', mod: start.mod };
      i = start.used;
    } else {
      const b = this.inScope(mod, first, 'type');
      if (!b) {
        if (errAt) this.report(error('resolve', 'E0432', `unresolved import \`${first}\``, errAt, [label(errAt, `use of unresolved module or unlinked crate \`${first}\``, true)]));
        return errAt ? 'failed' : 'later';
      }
      cur = b.target;
    }
    for (; i < segs.length; i++) {
      if (cur.k !== 'mod') break;
      const b = this.lookupIn(cur.mod, segs[i], 'type', mod);
      if (!b) {
        if (errAt) this.report(error('resolve', 'E0432', `unresolved import \`${segs.slice(0, i + 1).join('::')}\``, errAt, [label(errAt, `could not find \`${segs[i]}\` in \`${cur.mod.name || 'crate'}\``, true)]));
        return errAt ? 'failed' : 'later';
      }
      if (!this.visible(b, mod)) {
        this.privateError(b, segs[i], at);
        return 'failed';
      }
      cur = b.target;
    }
    if (i < segs.length) {
      if (errAt) this.report(error('resolve', 'E0432', `unresolved import \`${segs.join('::')}\``, errAt, [label(errAt, 'not a module', true)]));
      return errAt ? 'failed' : 'later';
    }
    return cur;
  }

  // ------------------------------------------------------------ lookup

  /** A name as seen inside `mod`: its items and imports, then its glob imports. */
  private inScope(mod: Module, name: string, ns: Ns): Binding | null {
    return this.lookupIn(mod, name, ns, mod);
  }

  /** A name inside `mod` as seen from `from` (a path `mod::name`). */
  private lookupIn(mod: Module, name: string, ns: Ns, from: Module): Binding | null {
    return mod.names[ns].get(name) ?? this.fromGlobs(mod, name, ns, from, new Set());
  }

  private fromGlobs(mod: Module, name: string, ns: Ns, from: Module, seen: Set<Module>): Binding | null {
    if (seen.has(mod)) return null;
    seen.add(mod);
    let found: Binding | null = null;
    for (const g of mod.globs) {
      if (!g.isPub && !isWithin(from, mod)) continue;
      const b = g.from.names[ns].get(name) ?? this.fromGlobs(g.from, name, ns, from, seen);
      // A glob brings in only what the importing module may see.
      if (!b || !this.visible(b, mod)) continue;
      if (found && !sameTarget(found.target, b.target)) {
        this.ambiguous = name;
        return found;
      }
      found ??= { ...b, isPub: g.isPub && b.isPub, owner: mod, imported: true };
    }
    return found;
  }

  private visible(b: Binding, from: Module): boolean {
    return b.isPub || isWithin(from, b.owner);
  }

  private privateError(b: Binding, name: string, at: A.Span): void {
    const what = b.target.k === 'mod' ? 'module' : b.target.what;
    this.report(error('resolve', 'E0603', `${what} \`${name}\` is private`, at, [label(at, `private ${what}`, true)]));
  }

  /** Per module, the names of its imports that failed (E0432). */
  private readonly failedImports = new Map<Module, Set<string>>();

  private report(d: Diagnostic): void {
    if (this.reported.has(d.span.start)) return;
    this.reported.add(d.span.start);
    this.diagnostics.push(d);
  }

  /** The traits whose methods `mod` can call: those its names and its globs bring in. */
  private traitsOf(mod: Module): Set<string> {
    const out = new Set<string>();
    const add = (m: Module, seen: Set<Module>): void => {
      if (seen.has(m)) return;
      seen.add(m);
      for (const b of m.names.type.values()) {
        if (b.target.k === 'item' && b.target.what === 'trait' && (m === mod || this.visible(b, mod))) out.add(b.target.segs[0]);
      }
      for (const g of m.globs) if (m === mod || g.isPub) add(g.from, seen);
    };
    add(mod, new Set());
    return out;
  }

  // ------------------------------------------------------------ paths

  /** The path as the flat crate knows it; the same object when nothing changes. */
  private path(p: A.Path, ns: Ns, sc: Scope): A.Path {
    if (p.qself) return { ...p, qself: { ty: this.type(p.qself.ty, sc), trait: p.qself.trait ? this.path(p.qself.trait, 'type', sc) : null } };
    const segs = p.segments.map((s) => (s.args ? { ...s, args: this.args(s.args, sc) } : s));
    const first = segs[0].name.name;
    const changedArgs = segs.some((s, i) => s !== p.segments[i]);
    const same = changedArgs ? { ...p, segments: segs } : p;
    if (first === 'Self' || STD_ROOTS.has(first)) return same;
    if (segs.length === 1 && (first === 'self' || first === 'crate' || first === 'super')) return same;
    let cur: Target;
    let i = 1;
    if (first === 'crate' || first === 'self' || first === 'super') {
      const start = this.leadingModule(sc.mod, segs.map((x) => x.name.name), segs.length - 1);
      if (typeof start === 'number') {
        this.tooManySupers(segs[start].name.span);
        return same;
      }
      cur = { k: 'mod', mod: start.mod };
      i = start.used;
    } else {
      const lastNs = segs.length === 1 ? ns : 'type';
      const inBlock = sc.lookup(first, lastNs, segs.length === 1);
      if (inBlock === 'local') return same;
      if (!inBlock && lastNs === 'type' && sc.typeParams.has(first)) return same;
      this.ambiguous = null;
      const b = inBlock ?? this.inScope(sc.mod, first, lastNs);
      if (this.ambiguous === first) {
        const at = segs[0].name.span;
        this.report(error('resolve', 'E0659', `\`${first}\` is ambiguous`, at, [label(at, 'ambiguous name', true)], ['note: ambiguous because of multiple glob imports of a name in the same module']));
        return same;
      }
      if (!b) {
        this.notInScope(segs, ns, sc.mod);
        return same;
      }
      cur = b.target;
    }
    for (; i < segs.length && cur.k === 'mod'; i++) {
      const seg = segs[i];
      const last = i === segs.length - 1;
      const b = this.lookupIn(cur.mod, seg.name.name, last ? ns : 'type', sc.mod);
      if (!b) {
        this.notFoundIn(cur.mod, seg.name, last ? ns : 'type', last);
        return same;
      }
      if (!this.visible(b, sc.mod)) this.privateError(b, seg.name.name, seg.name.span);
      cur = b.target;
    }
    if (cur.k === 'mod') return same;
    const at = segs[i - 1];
    if (cur.segs.length === 1 && i === 1 && cur.segs[0] === first) return same;
    const head: A.PathSegment[] = cur.segs.map((name, j) => ({ name: { name, span: at.name.span }, args: j === cur.segs.length - 1 ? at.args : null }));
    return { ...p, segments: [...head, ...segs.slice(i)] };
  }

  /**
   * `crate::`, `self::`, `super::super::` (within the first `limit` names): the module they name and
   * how many names that took, or the index of the `super` that goes above the crate.
   */
  private leadingModule(mod: Module, names: readonly string[], limit: number): { mod: Module; used: number } | number {
    if (names[0] === 'crate') return { mod: this.root, used: 1 };
    if (names[0] === 'self') return { mod, used: 1 };
    let m = mod;
    let i = 0;
    for (; i < limit && names[i] === 'super'; i++) {
      if (!m.parent) return i;
      m = m.parent;
    }
    return { mod: m, used: i };
  }

  private tooManySupers(at: A.Span): void {
    this.report(error('resolve', 'E0433', 'failed to resolve: there are too many leading `super` keywords', at, [label(at, 'there are too many leading `super` keywords', true)]));
  }

  /** A path whose first name `mod` does not see: an error if the program declares it elsewhere. */
  private notInScope(segs: readonly A.PathSegment[], ns: Ns, mod: Module): void {
    const name = segs[0].name;
    if (ns === 'value' && segs.length === 1 && this.constOuterLocals?.names.includes(name.name)) {
      // `let w = 8; const A: usize = w * 2;`: the const is an item, computed before any local exists.
      this.report(error('resolve', 'E0435', 'attempt to use a non-constant value in a constant', name.span, [label(name.span, 'non-constant value', true)], [`help: consider using \`let\` instead of \`${this.constOuterLocals.kind}\``]));
      return;
    }
    if (PRELUDE.has(name.name)) return;
    // `P(3)` where `use m::P;` brought in a tuple struct whose private fields keep its constructor out.
    const ctor = ns === 'value' && segs.length === 1 && this.inScope(mod, name.name, 'type') ? this.everywhere.value.get(name.name)?.names.value.get(name.name) : undefined;
    if (ctor && ctor.target.k === 'item' && ctor.target.what === 'tuple struct constructor') {
      this.report(error('resolve', 'E0423', 'cannot initialize a tuple struct which contains private fields', name.span, [label(name.span, '', true)]));
      return;
    }
    if (STD_NEEDS_USE.has(name.name) && !this.everywhere[ns].has(name.name) && !mod.std.has(name.name) && !mod.std.has('*')) {
      // `HashMap::new()` in a module that did not `use std::collections::HashMap` (the root's `use` is not its).
      if (this.inTraitPath && segs.length === 1) this.report(error('resolve', 'E0405', `cannot find trait \`${name.name}\` in this scope`, name.span, [label(name.span, 'not found in this scope', true)]));
      else if (segs.length > 1 && /^[a-z]/.test(name.name)) this.report(error('resolve', 'E0433', `cannot find module or crate \`${name.name}\` in this scope`, name.span, [label(name.span, `use of unresolved module or unlinked crate \`${name.name}\``, true)]));
      else if (segs.length > 1) this.report(error('resolve', 'E0433', `cannot find type \`${name.name}\` in this scope`, name.span, [label(name.span, `use of undeclared type \`${name.name}\``, true)]));
      else this.report(error('resolve', 'E0425', `cannot find ${ns === 'type' ? 'type' : 'value'} \`${name.name}\` in this scope`, name.span, [label(name.span, 'not found in this scope', true)]));
      return;
    }
    if (segs.length > 1) {
      const elsewhere = this.everywhere.type.get(name.name);
      if (!elsewhere && !this.anyModuleNamed(name.name)) return;
      this.report(error('resolve', 'E0433', `failed to resolve: use of unresolved module or unlinked crate \`${name.name}\``, name.span, [label(name.span, `use of unresolved module or unlinked crate \`${name.name}\``, true)], [this.importHelp(name.name, elsewhere ?? null)]));
      return;
    }
    // A name whose `use` failed (E0432) is what that import meant: rustc says nothing more of it.
    if (this.failedImports.get(mod)?.has(name.name)) return;
    const elsewhere = this.everywhere[ns].get(name.name);
    if (!elsewhere || elsewhere === mod) return;
    const b = elsewhere.names[ns].get(name.name);
    if (this.inStructPath) {
      this.report(error('resolve', 'E0422', `cannot find struct, variant or union type \`${name.name}\` in this scope`, name.span, [label(name.span, 'not found in this scope', true)], [this.importHelp(name.name, elsewhere)]));
      return;
    }
    const what = b?.target.k === 'item' && b.target.what === 'function' ? 'function' : ns === 'type' ? 'type' : 'value';
    // rustc 1.95 says E0425 for a type it cannot find as well.
    this.report(error('resolve', 'E0425', `cannot find ${what} \`${name.name}\` in this scope`, name.span, [label(name.span, 'not found in this scope', true)], [this.importHelp(name.name, elsewhere)]));
  }

  private importHelp(name: string, where: Module | null): string {
    if (!where) return `help: a module \`${name}\` exists elsewhere in this crate; bring it into scope with \`use\``;
    return `help: consider importing this item: \`use ${where === this.root ? 'crate' : `crate::${where.path}`}::${name};\``;
  }

  private anyModuleNamed(name: string): boolean {
    const walk = (m: Module): boolean => [...m.names.type.values()].some((b) => b.target.k === 'mod' && b.owner === m && (b.target.mod.name === name || walk(b.target.mod)));
    return walk(this.root);
  }

  private notFoundIn(mod: Module, name: A.Ident, ns: Ns, last: boolean): void {
    const where = mod === this.root ? 'the crate root' : `module \`${mod.name}\``;
    if (!last) {
      this.report(error('resolve', 'E0433', `failed to resolve: could not find \`${name.name}\` in \`${mod.name || 'crate'}\``, name.span, [label(name.span, `could not find \`${name.name}\` in \`${mod.name || 'crate'}\``, true)]));
    } else {
      const what = ns === 'type' ? 'type' : 'function';
      this.report(error('resolve', 'E0425', `cannot find ${what} \`${name.name}\` in ${where}`, name.span, [label(name.span, `not found in ${where}`, true)]));
    }
  }

  // ------------------------------------------------------------ flattening

  /** Appends `items` of `mod` to `out`, modules spliced in where they stand, every path resolved. */
  private flatten(mod: Module, items: readonly A.Item[], out: A.Item[]): void {
    for (const item of items) {
      if (item.kind === 'mod') {
        const b = mod.names.type.get(item.name.name);
        if (b && b.target.k === 'mod') this.flatten(b.target.mod, item.items, out);
        continue;
      }
      if (item.kind === 'use') continue;
      out.push(this.item(item, mod, new Set()));
    }
  }

  private rename<T extends { readonly name: A.Ident }>(item: T, mod: Module, ns: Ns): T {
    if (this.inBody) return item; // renamed by its block (see `bodyItem`)
    const key = this.key(mod, item.name.name, ns);
    return key === item.name.name ? item : { ...item, name: { ...item.name, name: key, display: item.name.name } };
  }

  private item(item: A.Item, mod: Module, outer: ReadonlySet<string>): A.Item {
    this.moduleOf.set(item.id, mod.path);
    switch (item.kind) {
      case 'fn': return this.rename(this.fn(item, mod, outer), mod, 'value');
      case 'struct': {
        const sc = this.scope(mod, withParams(outer, item.generics));
        const fields = item.fields.map((f) => ({ ...f, ty: this.type(f.ty, sc) }));
        return this.rename({ ...item, generics: this.generics(item.generics, sc), fields }, mod, 'type');
      }
      case 'enum': {
        const sc = this.scope(mod, withParams(outer, item.generics));
        const variants = item.variants.map((v) => ({ ...v, fields: v.fields.map((f) => ({ ...f, ty: this.type(f.ty, sc) })), discriminant: v.discriminant ? this.expr(v.discriminant, sc) : null }));
        return this.rename({ ...item, generics: this.generics(item.generics, sc), variants }, mod, 'type');
      }
      case 'impl': {
        const params = withParams(outer, item.generics);
        const sc = this.scope(mod, params);
        const items = item.items.map((i) => this.assocItem(i, mod, params));
        return { ...item, generics: this.generics(item.generics, sc), trait: item.trait ? this.traitPath(item.trait, sc) : null, selfTy: this.type(item.selfTy, sc), items };
      }
      case 'trait': {
        const params = withParams(outer, item.generics);
        const sc = this.scope(mod, params);
        const items = item.items.map((i) => this.assocItem(i, mod, params));
        return this.rename({ ...item, generics: this.generics(item.generics, sc), supertraits: item.supertraits.map((b) => this.bound(b, sc)), items }, mod, 'type');
      }
      case 'const': {
        const sc = this.scope(mod, outer);
        const value = item.value ? this.constValue(item.value, item, sc) : null;
        return this.rename({ ...item, ty: this.type(item.ty, sc), value }, mod, 'value');
      }
      case 'static': {
        const sc = this.scope(mod, outer);
        return this.rename({ ...item, ty: this.type(item.ty, sc), value: this.constValue(item.value, item, sc) }, mod, 'value');
      }
      case 'type': {
        const sc = this.scope(mod, withParams(outer, item.generics));
        return this.rename({ ...item, generics: this.generics(item.generics, sc), ty: item.ty ? this.type(item.ty, sc) : null }, mod, 'type');
      }
      case 'use': case 'mod': return item;
    }
  }

  /** The locals of the body a const or static is declared in, while its value is resolved (E0435). */
  private constOuterLocals: { readonly names: readonly string[]; readonly kind: 'const' | 'static' } | null = null;

  private constValue(e: A.Expr, item: A.ConstItem | A.StaticItem, sc: Scope): A.Expr {
    const saved = this.constOuterLocals;
    this.constOuterLocals = item.outerLocals ? { names: item.outerLocals, kind: item.kind } : null;
    try {
      return this.expr(e, sc);
    } finally {
      this.constOuterLocals = saved;
    }
  }

  /** An impl's or trait's fn, const or associated type: named through its type, never renamed. */
  private assocItem<T extends A.FnItem | A.ConstItem | A.TypeAliasItem>(i: T, mod: Module, params: ReadonlySet<string>): T {
    this.moduleOf.set(i.id, mod.path);
    const sc = this.scope(mod, params);
    switch (i.kind) {
      case 'fn': return this.fn(i, mod, params) as T;
      case 'const': return { ...i, ty: this.type(i.ty, sc), value: i.value ? this.expr(i.value, sc) : null };
      default: return { ...i, ty: i.ty ? this.type(i.ty, sc) : null };
    }
  }

  private fn(f: A.FnItem, mod: Module, outer: ReadonlySet<string>): A.FnItem {
    const sc = this.scope(mod, withParams(outer, f.generics));
    const params = f.params.map((p) => ({ ...p, ty: this.type(p.ty, sc), pat: this.pat(p.pat, sc) }));
    this.fnNames.push(f.name.display ?? f.name.name);
    const body = f.body ? this.block(f.body, sc) : null;
    this.fnNames.pop();
    return { ...f, generics: this.generics(f.generics, sc), params, ret: f.ret ? this.type(f.ret, sc) : null, body };
  }

  /** A scope for an item's signature and body: no locals, the items of the blocks around it. */
  private scope(mod: Module, params: ReadonlySet<string>): Scope {
    return new Scope(mod, params, this.enclosing);
  }

  private generics(g: A.GenericParams, sc: Scope): A.GenericParams {
    if (g.types.length === 0 && g.where.length === 0) return g;
    return {
      ...g,
      types: g.types.map((t) => ({ ...t, bounds: t.bounds.map((b) => this.bound(b, sc)), ...(t.konst ? { konst: { ...t.konst, ty: this.type(t.konst.ty, sc) } } : {}) })),
      where: g.where.map((w) => ({ ty: this.type(w.ty, sc), bounds: w.bounds.map((b) => this.bound(b, sc)) })),
    };
  }

  /** Set while the path of a trait is resolved (a missing one is E0405, not E0425). */
  private inTraitPath = false;
  /** Set while the path of a struct literal is resolved (a missing one is E0422). */
  private inStructPath = false;

  private traitPath(p: A.Path, sc: Scope): A.Path {
    return this.typePathAs('inTraitPath', p, sc);
  }

  private structPath(p: A.Path, sc: Scope): A.Path {
    return this.typePathAs('inStructPath', p, sc);
  }

  /** A path in the type namespace, resolved with `flag` set (what a missing name is called depends on it). */
  private typePathAs(flag: 'inTraitPath' | 'inStructPath', p: A.Path, sc: Scope): A.Path {
    this[flag] = true;
    try {
      return this.path(p, 'type', sc);
    } finally {
      this[flag] = false;
    }
  }

  private bound(b: A.TraitBound, sc: Scope): A.TraitBound {
    return {
      ...b,
      path: b.path ? this.traitPath(b.path, sc) : null,
      fnSugar: b.fnSugar ? { inputs: b.fnSugar.inputs.map((t) => this.type(t, sc)), output: b.fnSugar.output ? this.type(b.fnSugar.output, sc) : null } : null,
    };
  }

  private args(a: A.GenericArgs, sc: Scope): A.GenericArgs {
    return { ...a, types: a.types.map((t) => this.type(t, sc)), bindings: a.bindings.map((b) => ({ ...b, ty: this.type(b.ty, sc) })) };
  }

  private type(t: A.Type, sc: Scope): A.Type {
    switch (t.kind) {
      case 'path': return { ...t, path: this.path(t.path, 'type', sc) };
      case 'ref': case 'ptr': return { ...t, inner: this.type(t.inner, sc) };
      case 'tuple': return { ...t, elems: t.elems.map((e) => this.type(e, sc)) };
      case 'array': return { ...t, elem: this.type(t.elem, sc), len: this.expr(t.len, sc) };
      case 'slice': return { ...t, elem: this.type(t.elem, sc) };
      case 'impl': case 'dyn': return { ...t, bounds: t.bounds.map((b) => this.bound(b, sc)) };
      case 'fnptr': return { ...t, inputs: t.inputs.map((x) => this.type(x, sc)), output: t.output ? this.type(t.output, sc) : null };
      case 'const': return { ...t, expr: this.expr(t.expr, sc) };
      case 'never': case 'infer': return t;
    }
  }

  // ------------------------------------------------------------ bodies

  private block(b: A.BlockExpr, sc: Scope): A.BlockExpr {
    sc.push();
    // Items declared in the block are seen by the whole block, and shadow the module's.
    for (const s of b.stmts) if (s.kind === 'item') this.declareBodyItem(s.item, sc);
    const stmts = b.stmts.map((s, i) => (s.kind === 'item' ? this.bodyItem(s, b.stmts.slice(0, i), sc) : this.stmt(s, sc)));
    const tail = b.tail ? this.expr(b.tail, sc) : null;
    sc.pop();
    return { ...b, stmts, tail };
  }

  /** Binds a body item's name in its block to a name of its own in the flat crate (`a::go`). */
  private declareBodyItem(item: A.Item, sc: Scope): void {
    const nss = declaredNs(item);
    if (nss.length === 0 || item.kind === 'mod') return;
    const ident = (item as { name: A.Ident }).name;
    const name = ident.name;
    const twice = nss.find((ns) => sc.declaredHere(ns, name));
    if (twice) {
      // rustc points at the second item's head (`fn go`), and keeps the first.
      const at = { ...item.span, end: ident.span.end, endLine: ident.span.endLine, endCol: ident.span.endCol };
      this.report(error('resolve', 'E0428', `the name \`${name}\` is defined multiple times`, at, [label(at, `\`${name}\` redefined here`, true)], [`note: \`${name}\` must be defined only once in the ${twice} namespace of this block`]));
      return;
    }
    let key = [...this.fnNames, name].join('::');
    for (let n = 2; this.keys.has(key); n++) key = `${[...this.fnNames, name].join('::')}#${n}`;
    this.keys.add(key);
    const variants = item.kind === 'enum' ? item.variants.map((v) => v.name.name) : null;
    for (const ns of nss) {
      const what = ns === 'value' && item.kind === 'struct' ? (item.shape === 'tuple' ? 'tuple struct constructor' : 'unit struct') : WHAT[item.kind];
      sc.bindItem(ns, name, { target: { k: 'item', what, segs: [key], variants }, isPub: true, owner: sc.mod, imported: false });
    }
  }

  /**
   * A body's item, resolved where it stands (it sees the items of the blocks around it, not their
   * locals) and moved to the end of the flat crate under its block's name for it.
   */
  private bodyItem(s: A.ItemStmt, before: readonly A.Stmt[], sc: Scope): A.Stmt {
    const outer = { enclosing: this.enclosing, inBody: this.inBody };
    this.enclosing = sc.itemFrames();
    this.inBody = true;
    let item = this.item(s.item, sc.mod, sc.typeParams);
    ({ enclosing: this.enclosing, inBody: this.inBody } = outer);
    if (item.kind === 'use' || item.kind === 'mod') return { ...s, item };
    if (item.kind !== 'impl') {
      const name = (item as { name: A.Ident }).name;
      const b = sc.lookup(name.name, declaredNs(item)[0], false);
      const key = b && b !== 'local' && b.target.k === 'item' ? b.target.segs[0] : name.name;
      item = { ...item, name: { ...name, name: key, display: name.name, inBody: true } } as A.Item;
      // A nested fn remembers the block's `let`s before it: rustc's E0434 where it names one.
      const outerLocals = before.flatMap((x) => (x.kind === 'let' && x.pat.kind === 'ident' ? [x.pat.name.name] : []));
      if (item.kind === 'fn' && outerLocals.length > 0) item = { ...item, outerLocals };
    }
    this.fromBodies.push(item);
    return { kind: 'empty', id: s.id, span: s.span };
  }

  private stmt(s: A.Stmt, sc: Scope): A.Stmt {
    switch (s.kind) {
      case 'let': {
        const init = s.init ? this.expr(s.init, sc) : null;
        const elseBlock = s.elseBlock ? this.block(s.elseBlock, sc) : null;
        const ty = s.ty ? this.type(s.ty, sc) : null;
        return { ...s, init, elseBlock, ty, pat: this.pat(s.pat, sc) };
      }
      case 'expr': return { ...s, expr: this.expr(s.expr, sc) };
      case 'item': return s; // see `bodyItem`
      case 'empty': return s;
    }
  }

  /** A pattern, binding its names in the innermost scope. */
  private pat(p: A.Pattern, sc: Scope): A.Pattern {
    switch (p.kind) {
      case 'ident': {
        if (!p.mutable && p.byRef === 'none' && !p.sub) {
          // A name that is a unit variant, unit struct or constant in scope is that, not a new binding.
          const inBlock = sc.lookup(p.name.name, 'value', false);
          const b = inBlock && inBlock !== 'local' ? inBlock : this.inScope(sc.mod, p.name.name, 'value');
          if (b && b.target.k === 'item' && (b.target.what === 'variant' || b.target.what === 'constant' || b.target.what === 'unit struct')) {
            const segs = b.target.segs;
            if (segs.length === 1 && segs[0] === p.name.name) return p;
            const path: A.Path = { id: p.id, span: p.span, segments: segs.map((name) => ({ name: { name, span: p.name.span }, args: null })) };
            return { kind: 'path', id: p.id, span: p.span, path };
          }
        }
        sc.bind(p.name.name);
        return p.sub ? { ...p, sub: this.pat(p.sub, sc) } : p;
      }
      case 'tuple': return { ...p, elems: p.elems.map((e) => this.pat(e, sc)) };
      case 'slice': return { ...p, elems: p.elems.map((e) => this.pat(e, sc)) };
      case 'tupleStruct': return { ...p, path: this.path(p.path, 'value', sc), elems: p.elems.map((e) => this.pat(e, sc)) };
      case 'struct': return { ...p, path: this.path(p.path, 'type', sc), fields: p.fields.map((f) => ({ ...f, pat: this.pat(f.pat, sc) })) };
      case 'ref': return { ...p, inner: this.pat(p.inner, sc) };
      case 'or': return { ...p, alts: p.alts.map((a) => this.pat(a, sc)) };
      case 'path': return { ...p, path: this.path(p.path, 'value', sc) };
      case 'wild': case 'lit': case 'range': case 'rest': return p;
    }
  }

  private exprs(es: readonly A.Expr[], sc: Scope): A.Expr[] {
    return es.map((e) => this.expr(e, sc));
  }

  private expr(e: A.Expr, sc: Scope): A.Expr {
    switch (e.kind) {
      case 'lit': case 'continue': return e;
      case 'path': return { ...e, path: this.path(e.path, 'value', sc) };
      case 'unary': case 'ref': case 'try': return { ...e, operand: this.expr(e.operand, sc) };
      case 'cast': return { ...e, operand: this.expr(e.operand, sc), ty: this.type(e.ty, sc) };
      case 'paren': return { ...e, inner: this.expr(e.inner, sc) };
      case 'binary': return { ...e, left: this.expr(e.left, sc), right: this.expr(e.right, sc) };
      case 'assign': case 'compoundAssign': return { ...e, target: this.expr(e.target, sc), value: this.expr(e.value, sc) };
      case 'call': return { ...e, callee: this.expr(e.callee, sc), args: this.exprs(e.args, sc) };
      case 'methodCall': return { ...e, receiver: this.expr(e.receiver, sc), turbofish: e.turbofish ? this.args(e.turbofish, sc) : null, args: this.exprs(e.args, sc) };
      case 'field': return { ...e, base: this.expr(e.base, sc) };
      case 'index': return { ...e, base: this.expr(e.base, sc), index: this.expr(e.index, sc) };
      case 'range': return { ...e, start: e.start ? this.expr(e.start, sc) : null, end: e.end ? this.expr(e.end, sc) : null };
      case 'tuple': case 'array': return { ...e, elems: this.exprs(e.elems, sc) };
      case 'arrayRepeat': return { ...e, value: this.expr(e.value, sc), count: this.expr(e.count, sc) };
      case 'struct': return { ...e, path: this.structPath(e.path, sc), fields: e.fields.map((f) => ({ ...f, value: this.expr(f.value, sc) })), base: e.base ? this.expr(e.base, sc) : null };
      case 'block': return this.block(e, sc);
      case 'if': {
        sc.push();
        const cond = this.expr(e.cond, sc);
        const then = this.block(e.then, sc);
        sc.pop();
        const els = e.else ? (e.else.kind === 'block' ? this.block(e.else, sc) : (this.expr(e.else, sc) as A.IfExpr)) : null;
        return { ...e, cond, then, else: els };
      }
      case 'letCond': {
        const value = this.expr(e.value, sc);
        return { ...e, value, pat: this.pat(e.pat, sc) };
      }
      case 'match': {
        const scrutinee = this.expr(e.scrutinee, sc);
        const arms = e.arms.map((a) => {
          sc.push();
          const pat = this.pat(a.pat, sc);
          const guard = a.guard ? this.expr(a.guard, sc) : null;
          const body = this.expr(a.body, sc);
          sc.pop();
          return { ...a, pat, guard, body };
        });
        return { ...e, scrutinee, arms };
      }
      case 'loop': return { ...e, body: this.block(e.body, sc) };
      case 'while': {
        sc.push();
        const cond = this.expr(e.cond, sc);
        const body = this.block(e.body, sc);
        sc.pop();
        return { ...e, cond, body };
      }
      case 'for': {
        const iter = this.expr(e.iter, sc);
        sc.push();
        const pat = this.pat(e.pat, sc);
        const body = this.block(e.body, sc);
        sc.pop();
        return { ...e, iter, pat, body };
      }
      case 'break': return { ...e, value: e.value ? this.expr(e.value, sc) : null };
      case 'return': return { ...e, value: e.value ? this.expr(e.value, sc) : null };
      case 'closure': {
        sc.push();
        const params = e.params.map((p) => ({ ...p, ty: p.ty ? this.type(p.ty, sc) : null, pat: this.pat(p.pat, sc) }));
        const ret = e.ret ? this.type(e.ret, sc) : null;
        const body = this.expr(e.body, sc);
        sc.pop();
        return { ...e, params, ret, body };
      }
      case 'macro': return { ...e, args: this.exprs(e.args, sc), repeat: e.repeat ? { value: this.expr(e.repeat.value, sc), count: this.expr(e.repeat.count, sc) } : null };
    }
  }
}

/** One block's local variables and the items it declares. */
interface Frame {
  readonly locals: Set<string>;
  readonly items: Record<Ns, Map<string, Binding>>;
}

function newFrame(): Frame {
  return { locals: new Set(), items: { type: new Map(), value: new Map() } };
}

/**
 * Local variables and body items in scope, innermost last (after those of the blocks around the
 * item, which see no locals), and the generic parameters of the item.
 */
class Scope {
  private readonly frames: Frame[];
  constructor(readonly mod: Module, readonly typeParams: ReadonlySet<string>, outer: readonly Frame[] = []) {
    this.frames = [...outer, newFrame()];
  }
  push(): void {
    this.frames.push(newFrame());
  }
  pop(): void {
    this.frames.pop();
  }
  bind(name: string): void {
    this.frames[this.frames.length - 1].locals.add(name);
  }
  bindItem(ns: Ns, name: string, b: Binding): void {
    this.frames[this.frames.length - 1].items[ns].set(name, b);
  }
  /** Whether the innermost block already declares an item of this name. */
  declaredHere(ns: Ns, name: string): boolean {
    return this.frames[this.frames.length - 1].items[ns].has(name);
  }
  /** The blocks' items, for an item declared here: it sees them, but none of the locals. */
  itemFrames(): Frame[] {
    return this.frames.filter((f) => f.items.type.size + f.items.value.size > 0).map((f) => ({ locals: new Set<string>(), items: f.items }));
  }
  /** What a name means in the blocks: a local (with `locals`, in the value namespace), a body's item, or nothing. */
  lookup(name: string, ns: Ns, locals: boolean): Binding | 'local' | null {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (locals && ns === 'value' && f.locals.has(name)) return 'local';
      const b = f.items[ns].get(name);
      if (b) return b;
    }
    return null;
  }
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.k === 'mod' || b.k === 'mod') return a.k === 'mod' && b.k === 'mod' && a.mod === b.mod;
  return a.segs.join('::') === b.segs.join('::');
}

function visOwner(mod: Module, v: A.Visible): Module {
  return v.pubSuper && mod.parent ? mod.parent : mod;
}

function newModule(name: string, path: string, parent: Module | null): Module {
  return { name, path, parent, names: { type: new Map(), value: new Map() }, globs: [], std: new Set() };
}

/** True when `m` is `outer` or inside it. */
function isWithin(m: Module, outer: Module): boolean {
  for (let c: Module | null = m; c; c = c.parent) if (c === outer) return true;
  return false;
}

function withParams(outer: ReadonlySet<string>, g: A.GenericParams): ReadonlySet<string> {
  if (g.types.length === 0) return outer;
  return new Set([...outer, ...g.types.map((t) => t.name.name)]);
}
