// What type checking learns about each AST node, keyed by NodeId: the input
// of MIR lowering. Types stored here may still contain inference variables;
// lowering resolves them through `Infer.zonk` after all bodies are checked.
import type { Expr, NodeId, Span } from '../syntax/ast.js';
import type { AdtId, FnId, Ty } from '../types/ty.js';
import type { FmtPiece } from '../mir/mir.js';

/** What a path expression or pattern names. Locals are named by their binding pattern's NodeId. */
export type Res =
  | { readonly k: 'local'; readonly id: NodeId }
  | { readonly k: 'fn'; readonly fn: FnId; readonly tyArgs: readonly Ty[] }
  | { readonly k: 'const'; readonly id: number }
  /** `T::SIDES`: a trait's associated constant, of the impl for the type `selfTy` is at run time. */
  | { readonly k: 'assocConst'; readonly trait: number; readonly name: string; readonly selfTy: Ty; readonly ty: Ty }
  | { readonly k: 'static'; readonly id: number }
  /** A const generic parameter used as a value (`N`): `param` is its parameter, `ty` its declared type. */
  | { readonly k: 'constParam'; readonly param: Ty; readonly ty: Ty }
  /** A struct or enum variant constructor (unit or tuple shaped when used as a value). */
  | { readonly k: 'ctor'; readonly adt: AdtId; readonly variant: number; readonly tyArgs: readonly Ty[] }
  /** `None`/`Some`/`Ok`/`Err`: `ty` is the full Option/Result type. */
  | { readonly k: 'builtinCtor'; readonly ty: Ty; readonly variant: number };

/** How a call expression's callee is invoked. */
export type CallRes =
  | { readonly k: 'fn'; readonly fn: FnId; readonly tyArgs: readonly Ty[] }
  | { readonly k: 'ctor'; readonly adt: AdtId; readonly variant: number; readonly tyArgs: readonly Ty[] }
  | { readonly k: 'builtinCtor'; readonly ty: Ty; readonly variant: number }
  /** Calling a value (closure, fn pointer, `dyn Fn*`, generic `F: Fn*`) after `derefs` auto-derefs of the callee. */
  | { readonly k: 'value'; readonly derefs: number; readonly calleeTy: Ty };

/** Receiver adjustment of a method call, as rustc's method probe picks it. */
export interface MethodRes {
  readonly fn: FnId;
  readonly tyArgs: readonly Ty[];
  readonly derefs: number;
  readonly autoref: 'ref' | 'refMut' | null;
  /** `[T; N]` receiver used as `[T]` (after the autoref). */
  readonly unsizeTo: Ty | null;
  readonly dispatch: 'static' | 'trait' | 'dyn';
  /** Trait of a 'trait'/'dyn' dispatch. */
  readonly traitKey: number | string | null;
  /** The type at the probe step where the method was found (Self for trait dispatch). */
  readonly selfTy: Ty;
  /** The trait method a 'trait' dispatch calls when it is not the one written (`t.into()` calls `From::from`). */
  readonly method?: string;
  /** Deref step `at` (1-based) of the receiver's `derefs` calls the program's `Deref::deref` (`my_box.len()`). */
  readonly overloaded?: OverloadedDeref & { readonly at: number };
}

/** A coercion applied to an expression's value at a coercion site. */
export interface Coercion {
  /** Re-borrow: dereference the reference `derefs` times (≥1), then borrow again. */
  readonly derefs: number;
  readonly reborrow: 'ref' | 'refMut' | null;
  /** Unsizing / closure-to-pointer coercion to this type, after the reborrow. */
  readonly unsizeTo: Ty | null;
  /** Deref step `at` (1-based, of `derefs`) calls the program's `Deref::deref` (`&my_box` as `&str`). */
  readonly overloaded?: OverloadedDeref & { readonly at: number };
}

/** A `*x` or deref step through the program's `impl Deref`: its `deref`, and the `Target` it gives. */
export interface OverloadedDeref {
  readonly fn: FnId;
  readonly tyArgs: readonly Ty[];
  readonly target: Ty;
  /** The program's `impl DerefMut` for the same type, if it has one: what a mutable use calls instead. */
  readonly derefMut?: { readonly fn: FnId; readonly tyArgs: readonly Ty[] };
}

export interface BindingInfo {
  readonly name: string;
  readonly span: Span;
  readonly mode: 'value' | 'ref' | 'refMut';
  /** The binding's own type (a reference for ref bindings). */
  readonly ty: Ty;
  readonly mutable: boolean;
  /** Where a `ref`/`ref mut` binding's borrow is reported: the pattern `ref mut a`. */
  readonly borrowSpan?: Span;
}

/** A projection of a captured place (the MIR projection of the same shape). */
export type CaptureProj = { readonly k: 'field'; readonly index: number } | { readonly k: 'deref' };

/**
 * A captured place: an upvar and the fields and derefs below it (Rust 2021 captures
 * disjoint places). `ty` is the place's type; the env field holds it or a reference to it.
 */
export interface Capture {
  readonly id: NodeId;
  /** How the place reads in source: `p`, `p.name`, `*r`. */
  readonly name: string;
  readonly proj: readonly CaptureProj[];
  /** The type after each projection. */
  readonly projTys: readonly Ty[];
  readonly ty: Ty;
  readonly mode: 'ref' | 'mutRef' | 'value';
  readonly span: Span;
}

export interface ClosureInfo {
  readonly fn: FnId;
  /** Outer locals the body mentions, in first-use order. */
  readonly upvars: NodeId[];
  /** First use span of each upvar. */
  readonly upvarSpans: Map<NodeId, Span>;
  readonly inputs: Ty[];
  readonly output: Ty;
  readonly isMove: boolean;
  /** Filled by capture analysis. */
  captures: Capture[];
  kind: 'Fn' | 'FnMut' | 'FnOnce';
  /** The Fn-family trait the closure was written for (a bound of the parameter it is passed to), if any. */
  expectedKind?: 'Fn' | 'FnMut' | 'FnOnce';
  /** Filled by capture analysis: the first use that makes the body FnOnce (a move out) or FnMut (a mutation). */
  kindReason?: { readonly upvar: NodeId; readonly span: Span };
  readonly enclosingFn: FnId;
}

export interface FmtInfo {
  readonly pieces: FmtPiece[];
  /** Arguments in operand order: the explicit ones, then implicit `{name}` captures (synthetic path exprs). */
  readonly args: Expr[];
}

export interface IndexRes {
  readonly derefs: number;
  /** builtin: array/slice indexed by usize (a place projection); overloaded: `Index::index`/`IndexMut::index_mut`. */
  readonly kind: 'builtin' | 'overloaded';
  /** The indexed type after the auto-derefs. */
  readonly baseTy: Ty;
  readonly idxTy: Ty;
  readonly outputTy: Ty;
  /** Overloaded by the program's own `impl Index` (and `impl IndexMut`, if it has one): their methods, instantiated. */
  readonly user?: { readonly index: FnId; readonly indexMut: FnId | null; readonly tyArgs: readonly Ty[]; readonly mutTyArgs: readonly Ty[] };
  /** Deref step `at` (1-based, of `derefs`) calls the program's `Deref::deref` (`stack[0]` on a wrapper of a Vec). */
  readonly overloaded?: OverloadedDeref & { readonly at: number };
}

/** Where in the assigned value a destructuring assignment's part is: a field (of a tuple or struct) or an array element. */
export type DestructureProj = { readonly k: 'field'; readonly index: number } | { readonly k: 'index'; readonly offset: number; readonly fromEnd: boolean };

/** One assigned place of a destructuring assignment (`(a, [b, _]) = v`: `a` from `v.0`, `b` from `v.1[0]`). */
export interface DestructureLeaf {
  readonly target: Expr;
  readonly path: readonly DestructureProj[];
  readonly ty: Ty;
}

export interface ForRes {
  readonly iterTy: Ty;
  readonly itemTy: Ty;
  /** Iterating a value of your own `Iterator` type: its `next`, called on each turn (else std's iterators). */
  readonly userNext?: FnId;
  /** Its impl's type arguments (`impl<T> Iterator for Rep<T>`). */
  readonly userNextTyArgs?: readonly Ty[];
  /** Iterating a value of your own type through its `impl IntoIterator` (`for s in &playlist`): its `into_iter`, instantiated. */
  readonly userIntoIter?: { readonly fn: FnId; readonly tyArgs: readonly Ty[]; /** What it returns: std's iterator, or your own (then `userNext` is its `next`). */ readonly output: Ty };
}

/**
 * A map from node ids to values, for the tables written once per expression:
 * ids are small dense integers, so an array beats a hash map (no hashing, no
 * rehashing as it grows). Only get/set/has, like the Map uses it replaces.
 */
export class NodeTable<V> {
  private readonly values: (V | undefined)[] = [];

  get(id: NodeId): V | undefined {
    return this.values[id];
  }

  set(id: NodeId, value: V): this {
    // Ids far beyond the end (another crate's numbering) would make a sparse array: grow densely instead.
    const values = this.values;
    while (values.length < id) values.push(undefined);
    values[id] = value;
    return this;
  }

  has(id: NodeId): boolean {
    return this.values[id] !== undefined;
  }
}

export class Tables {
  readonly exprTys = new NodeTable<Ty>();
  readonly coercions = new NodeTable<Coercion>();
  readonly paths = new Map<NodeId, Res>();
  readonly calls = new Map<NodeId, CallRes>();
  readonly methods = new Map<NodeId, MethodRes>();
  /** Field expressions: auto-derefs then field index (tuple index or declared order). A field's struct reached through `derefs` derefs, step `overloaded.at` through the program's `Deref`. */
  readonly fields = new Map<NodeId, { derefs: number; index: number; overloaded?: OverloadedDeref & { readonly at: number } }>();
  readonly indexes = new Map<NodeId, IndexRes>();
  readonly bindings = new Map<NodeId, BindingInfo>();
  /** Or-pattern alternatives' bindings point to the first alternative's binding. */
  readonly bindingAlias = new Map<NodeId, NodeId>();
  /** Implicit derefs before matching a pattern (match ergonomics), and the type matched after them. */
  readonly patDerefs = new Map<NodeId, number>();
  readonly patTys = new NodeTable<Ty>();
  readonly closures = new Map<NodeId, ClosureInfo>();
  readonly closuresByFn = new Map<number, ClosureInfo>();
  /** Std functions and constructors used as values, by start offset → arity, to re-read as closures (ParseOptions.fnValues). */
  readonly fnValues = new Map<number, number>();
  /** `?` expressions whose error goes through the program's `impl From<E> for F` on the way out. */
  readonly tryFrom = new Map<NodeId, { readonly fn: FnId; readonly tyArgs: readonly Ty[] }>();
  /** `?` expressions whose error becomes a `String` through `From` (`String::from` on the way out). */
  readonly tryToString = new Set<NodeId>();
  /** `?` expressions whose error is boxed into the function's `Box<dyn Error>`. */
  readonly tryBoxError = new Set<NodeId>();
  readonly fmts = new Map<NodeId, FmtInfo>();
  readonly fors = new Map<NodeId, ForRes>();
  /** Destructuring assignments (`[x, y] = [y, x]`, `Point { x, .. } = p`): their assigned places, in order. */
  readonly destructures = new Map<NodeId, DestructureLeaf[]>();
  /** Operators on a program's own types (`a + b` with `impl Add for P`): the impl method each one calls. */
  readonly opCalls = new Map<NodeId, { readonly fn: FnId; readonly tyArgs: readonly Ty[] }>();
  /** `*x` where x's type has the program's `impl Deref` (`*my_box`): the deref it calls. */
  readonly derefCalls = new Map<NodeId, OverloadedDeref>();
  /** `write!(s, ..)` into a String (the receiver is borrowed `&mut`, as `s.write_fmt(..)` does). */
  readonly writeIntoString = new Set<NodeId>();
  /** Binary/compound ops on String (`+`, `+=`) that lower to builtin calls. */
  readonly stringOps = new Set<NodeId>();
  /** `==`/`!=` (and assert_eq!/assert_ne!) between different sequence types: `vec == [1, 2]`, `slice == &[1, 2]`. */
  readonly seqEqs = new Set<NodeId>();
  /** `book == isbn` through the program's `impl PartialEq<Isbn> for Book`: its `eq`, called with both sides borrowed. */
  readonly crossEqs = new Map<NodeId, { readonly fn: FnId; readonly tyArgs: readonly Ty[]; /** Shared references on both sides, looked through (`&m == &f`). */ readonly derefs: number }>();
  /** Let statements with a `&`-extended initializer are detected by lowering itself. */
  readonly bodies = new Map<number, { params: NodeId[] }>();
}
