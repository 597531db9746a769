// The abstract syntax tree of the Rust subset memviz understands.
// Produced by `parse.ts` from tree-sitter's concrete tree; consumed by the
// type checker (`typeck/`) and by MIR lowering (`mir/lower.ts`).
// Every node has a unique numeric `id` (per parse) so later stages can attach
// facts to it in side tables (types, resolutions) instead of mutating the tree.

/** A source range. Lines and columns are 1-based, columns count characters, as rustc reports them. */
export interface Span {
  readonly start: number; // UTF-16 offset into the source, inclusive
  readonly end: number; // exclusive
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export type NodeId = number;

interface Node {
  readonly id: NodeId;
  readonly span: Span;
}

export interface Ident {
  readonly name: string;
  readonly span: Span;
  /** The name as written, where `name` was made unique across modules (`english::greet` for `greet`). */
  readonly display?: string;
  /** An item declared in a function body, renamed by its function (`a::go`): `display` is what types and frames show. */
  readonly inBody?: true;
}

// ---------------------------------------------------------------- items

export interface Crate {
  readonly items: readonly Item[];
  /** Source ranges where `#[allow(lint)]` (or `#![allow(lint)]` for the whole file) silences lints. */
  readonly allows?: readonly LintAllow[];
}

export interface LintAllow {
  readonly start: number;
  readonly end: number;
  readonly lints: readonly string[];
}

export type Item =
  | FnItem
  | StructItem
  | EnumItem
  | ImplItem
  | TraitItem
  | ConstItem
  | StaticItem
  | UseItem
  | TypeAliasItem
  | ModItem;

/**
 * Whether an item or field is visible outside its module: `pub` (and `pub(crate)`, read as `pub`,
 * since a program is one crate), `pub(super)`, or private. Only programs with modules look at it (`resolve/modules.ts`).
 */
export interface Visible {
  readonly isPub?: boolean;
  /** `pub(super)`: visible in the parent module (and `isPub` is false). */
  readonly pubSuper?: boolean;
}

/** `mod name { items }`: an inline module. `resolve/modules.ts` flattens modules away before type checking. */
export interface ModItem extends Node, Visible {
  readonly kind: 'mod';
  readonly name: Ident;
  readonly items: readonly Item[];
}

export interface Attribute {
  readonly name: string; // e.g. "derive", "allow"
  readonly args: readonly string[]; // e.g. ["Debug", "Clone"]
  /** Where each of `args` is written (`#[repr(u8)]`'s errors point at the argument). */
  readonly argSpans: readonly Span[];
  readonly span: Span;
}

export interface GenericParams {
  readonly lifetimes: readonly Ident[]; // 'a without the quote
  readonly types: readonly TypeParam[];
  readonly where: readonly WherePredicate[];
  /** Declared lifetime bounds, `'a: 'b` (inline or in `where`) as ['a', 'b]: the first outlives the second. */
  readonly outlives?: readonly (readonly [string, string])[];
}

export interface TypeParam {
  readonly name: Ident;
  readonly bounds: readonly TraitBound[];
  /**
   * A const parameter (`const N: usize = 4`): its type and default. Const parameters stay in `types`,
   * in declaration order, so that a parameter's index is its argument's in every argument list.
   */
  readonly konst?: { readonly ty: Type; readonly default: Expr | null; readonly span: Span };
  /** A type parameter's default (`T = i32`), on a struct, enum or trait. */
  readonly default?: Type;
}

export interface WherePredicate {
  readonly ty: Type;
  readonly bounds: readonly TraitBound[];
}

/** `Trait`, `Trait<Args>`, `Fn(A, B) -> R`, or a lifetime bound `'a` (path is null). */
export interface TraitBound {
  readonly path: Path | null;
  readonly lifetime: string | null;
  /** For Fn/FnMut/FnOnce sugar: the parameter types and return type. */
  readonly fnSugar: { readonly inputs: readonly Type[]; readonly output: Type | null } | null;
  /** `?Sized`: lifts the parameter's implicit `Sized` bound (path, lifetime and fnSugar are then null). */
  readonly relaxed?: true;
  readonly span: Span;
}

export interface FnItem extends Node {
  readonly kind: 'fn';
  readonly name: Ident;
  readonly generics: GenericParams;
  readonly selfParam: SelfParam | null;
  readonly params: readonly Param[];
  readonly ret: Type | null; // null means ()
  readonly body: BlockExpr | null; // null for a trait method without default
  readonly attrs: readonly Attribute[];
  readonly isPub: boolean;
  /** `unsafe fn`: its callers need an `unsafe` block (E0133); its body needs none (edition 2021). */
  readonly isUnsafe?: boolean;
  /** `const fn`: a const's value may call it (any other fn there is E0015). */
  readonly isConst?: boolean;
  /** A fn declared inside another's body: the locals that body declared before it (which it cannot see: E0434). */
  readonly outerLocals?: readonly string[];
}

export interface SelfParam extends Node {
  /** `self`, `mut self`, `&self`, `&mut self`, `&'a self`, and `self: Box<Self>` ('box'); other typed selves are unsupported. */
  readonly mode: 'value' | 'ref' | 'refMut' | 'box';
  readonly mutable: boolean; // `mut self`
  readonly lifetime: string | null;
}

export interface Param extends Node {
  readonly pat: Pattern;
  readonly ty: Type;
}

export interface StructItem extends Node, Visible {
  readonly kind: 'struct';
  readonly name: Ident;
  readonly generics: GenericParams;
  /** named: `struct S { a: T }`; tuple: `struct S(T);`; unit: `struct S;` */
  readonly shape: 'named' | 'tuple' | 'unit';
  readonly fields: readonly FieldDef[];
  readonly attrs: readonly Attribute[];
}

export interface FieldDef extends Node, Visible {
  readonly name: Ident | null; // null for tuple fields
  readonly ty: Type;
}

export interface EnumItem extends Node, Visible {
  readonly kind: 'enum';
  readonly name: Ident;
  readonly generics: GenericParams;
  readonly variants: readonly VariantDef[];
  readonly attrs: readonly Attribute[];
}

export interface VariantDef extends Node {
  readonly name: Ident;
  readonly shape: 'named' | 'tuple' | 'unit';
  readonly fields: readonly FieldDef[];
  readonly discriminant: Expr | null;
  /** Marked `#[default]`: what `#[derive(Default)]` on the enum gives. */
  readonly isDefault: boolean;
}

export interface ImplItem extends Node {
  readonly kind: 'impl';
  readonly generics: GenericParams;
  readonly trait: Path | null; // `impl Trait for T`
  readonly selfTy: Type;
  readonly items: readonly (FnItem | ConstItem | TypeAliasItem)[];
}

export interface TraitItem extends Node, Visible {
  readonly kind: 'trait';
  readonly name: Ident;
  readonly generics: GenericParams;
  readonly supertraits: readonly TraitBound[];
  readonly items: readonly (FnItem | ConstItem | TypeAliasItem)[];
}

export interface ConstItem extends Node, Visible {
  readonly kind: 'const';
  readonly name: Ident;
  readonly ty: Type;
  readonly value: Expr | null;
  /** A const declared inside a function's body: the locals that body declared before it (which it cannot use: E0435). */
  readonly outerLocals?: readonly string[];
}

export interface StaticItem extends Node, Visible {
  readonly kind: 'static';
  readonly name: Ident;
  readonly mutable: boolean;
  readonly ty: Type;
  readonly value: Expr;
  /** As a const's (E0435). */
  readonly outerLocals?: readonly string[];
}

/** `use a::b::{c, d as e};` flattened into one entry per imported name. */
export interface UseItem extends Node, Visible {
  readonly kind: 'use';
  readonly entries: readonly { readonly path: readonly string[]; readonly alias: string | null; readonly glob: boolean; readonly span: Span }[];
}

export interface TypeAliasItem extends Node, Visible {
  readonly kind: 'type';
  readonly name: Ident;
  readonly generics: GenericParams;
  readonly ty: Type | null; // null for an associated type declaration in a trait
  /** A trait's associated type's bounds (`type Item: Display + Clone;`). */
  readonly bounds?: readonly TraitBound[];
}

// ---------------------------------------------------------------- paths and types

export interface PathSegment {
  readonly name: Ident;
  /** Generic arguments written on this segment (`Vec::<i32>`, `Vec<i32>`); null if none. */
  readonly args: GenericArgs | null;
}

export interface GenericArgs {
  readonly types: readonly Type[];
  readonly lifetimes: readonly string[];
  /** Associated-type bindings, e.g. `Iterator<Item = i32>`. */
  readonly bindings: readonly { readonly name: string; readonly ty: Type }[];
}

/** `a`, `a::b`, `Self::new`, `<T as Trait>::f` (qualified form is unsupported). */
export interface Path extends Node {
  readonly segments: readonly PathSegment[];
  /** `<T as Trait>::item` (`trait` null for `<T>::item`): the segments follow the brackets. */
  readonly qself?: { readonly ty: Type; readonly trait: Path | null };
}

export type Type =
  | PathType
  | RefType
  | TupleType
  | ArrayType
  | SliceType
  | ImplTraitType
  | DynTraitType
  | FnPtrType
  | NeverType
  | PtrType
  | InferType
  | ConstArgType;

export interface PathType extends Node {
  readonly kind: 'path';
  readonly path: Path; // includes primitives: `i32`, `str`, `Self`
}
export interface RefType extends Node {
  readonly kind: 'ref';
  readonly mutable: boolean;
  readonly lifetime: string | null;
  readonly inner: Type;
}
/** A raw pointer type: `*const T` / `*mut T`. */
export interface PtrType extends Node {
  readonly kind: 'ptr';
  readonly mutable: boolean;
  readonly inner: Type;
}
export interface TupleType extends Node {
  readonly kind: 'tuple';
  readonly elems: readonly Type[]; // [] is the unit type
}
export interface ArrayType extends Node {
  readonly kind: 'array';
  readonly elem: Type;
  readonly len: Expr;
}
export interface SliceType extends Node {
  readonly kind: 'slice';
  readonly elem: Type;
}
export interface ImplTraitType extends Node {
  readonly kind: 'impl';
  readonly bounds: readonly TraitBound[];
}
export interface DynTraitType extends Node {
  readonly kind: 'dyn';
  readonly bounds: readonly TraitBound[];
}
export interface FnPtrType extends Node {
  readonly kind: 'fnptr';
  readonly inputs: readonly Type[];
  readonly output: Type | null;
}
export interface NeverType extends Node {
  readonly kind: 'never';
}
export interface InferType extends Node {
  readonly kind: 'infer';
}
/** A const generic argument written as a value: the `3` of `Grid::<3>`, `{ N }`, `{ SIZE }`. (A bare `N` is a path type.) */
export interface ConstArgType extends Node {
  readonly kind: 'const';
  readonly expr: Expr;
}

// ---------------------------------------------------------------- statements

export type Stmt = LetStmt | ExprStmt | ItemStmt | EmptyStmt;

export interface LetStmt extends Node {
  readonly kind: 'let';
  readonly pat: Pattern;
  readonly ty: Type | null;
  readonly init: Expr | null;
  readonly elseBlock: BlockExpr | null; // let-else
}
export interface ExprStmt extends Node {
  readonly kind: 'expr';
  readonly expr: Expr;
  readonly semi: boolean;
}
export interface ItemStmt extends Node {
  readonly kind: 'item';
  readonly item: Item;
}
export interface EmptyStmt extends Node {
  readonly kind: 'empty';
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | LitExpr
  | PathExpr
  | UnaryExpr
  | RefExpr
  | BinaryExpr
  | AssignExpr
  | CompoundAssignExpr
  | CallExpr
  | MethodCallExpr
  | FieldExpr
  | IndexExpr
  | RangeExpr
  | TupleExpr
  | ArrayExpr
  | ArrayRepeatExpr
  | StructExpr
  | BlockExpr
  | IfExpr
  | LetCondExpr
  | MatchExpr
  | LoopExpr
  | WhileExpr
  | ForExpr
  | BreakExpr
  | ContinueExpr
  | ReturnExpr
  | ClosureExpr
  | MacroExpr
  | TryExpr
  | CastExpr
  | ParenExpr;

export type LitValue =
  | { readonly kind: 'int'; readonly value: bigint; readonly suffix: string | null } // suffix: "u32", "i64", ...
  | { readonly kind: 'float'; readonly value: number; readonly suffix: string | null }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'char'; readonly value: string } // one Unicode scalar
  | { readonly kind: 'str'; readonly value: string }; // escapes already processed

export interface LitExpr extends Node {
  readonly kind: 'lit';
  readonly lit: LitValue;
}
export interface PathExpr extends Node {
  readonly kind: 'path';
  readonly path: Path;
}
export interface UnaryExpr extends Node {
  readonly kind: 'unary';
  readonly op: '-' | '!' | '*';
  readonly operand: Expr;
}
export interface RefExpr extends Node {
  readonly kind: 'ref';
  readonly mutable: boolean;
  readonly operand: Expr;
}
export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&' | '|' | '^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '&&' | '||';
export interface BinaryExpr extends Node {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}
export interface AssignExpr extends Node {
  readonly kind: 'assign';
  readonly target: Expr;
  readonly value: Expr;
}
export interface CompoundAssignExpr extends Node {
  readonly kind: 'compoundAssign';
  readonly op: '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';
  readonly target: Expr;
  readonly value: Expr;
}
export interface CallExpr extends Node {
  readonly kind: 'call';
  readonly callee: Expr;
  readonly args: readonly Expr[];
}
export interface MethodCallExpr extends Node {
  readonly kind: 'methodCall';
  readonly receiver: Expr;
  readonly method: Ident;
  readonly turbofish: GenericArgs | null;
  readonly args: readonly Expr[];
}
export interface FieldExpr extends Node {
  readonly kind: 'field';
  readonly base: Expr;
  /** A name, or a tuple index written as digits ("0", "1"). */
  readonly field: Ident;
}
export interface IndexExpr extends Node {
  readonly kind: 'index';
  readonly base: Expr;
  readonly index: Expr;
}
export interface RangeExpr extends Node {
  readonly kind: 'range';
  readonly start: Expr | null;
  readonly end: Expr | null;
  readonly inclusive: boolean;
}
export interface TupleExpr extends Node {
  readonly kind: 'tuple';
  readonly elems: readonly Expr[]; // [] is `()`
}
export interface ArrayExpr extends Node {
  readonly kind: 'array';
  readonly elems: readonly Expr[];
}
export interface ArrayRepeatExpr extends Node {
  readonly kind: 'arrayRepeat';
  readonly value: Expr;
  readonly count: Expr;
}
export interface StructExpr extends Node {
  readonly kind: 'struct';
  readonly path: Path;
  readonly fields: readonly { readonly name: Ident; readonly value: Expr; readonly shorthand: boolean; readonly span: Span }[];
  readonly base: Expr | null; // `..base`
}
export interface BlockExpr extends Node {
  readonly kind: 'block';
  readonly stmts: readonly Stmt[];
  /** The trailing expression without a semicolon, if any. */
  readonly tail: Expr | null;
  readonly unsafe: boolean;
  readonly label: string | null;
}
export interface IfExpr extends Node {
  readonly kind: 'if';
  /** A plain boolean expression, or a LetCondExpr for `if let`, or a chain joined with `&&`. */
  readonly cond: Expr;
  readonly then: BlockExpr;
  readonly else: BlockExpr | IfExpr | null;
}
/** `let PAT = EXPR` inside an `if` or `while` condition. */
export interface LetCondExpr extends Node {
  readonly kind: 'letCond';
  readonly pat: Pattern;
  readonly value: Expr;
}
export interface MatchArm extends Node {
  readonly pat: Pattern;
  readonly guard: Expr | null;
  readonly body: Expr;
}
export interface MatchExpr extends Node {
  readonly kind: 'match';
  readonly scrutinee: Expr;
  readonly arms: readonly MatchArm[];
}
export interface LoopExpr extends Node {
  readonly kind: 'loop';
  readonly label: string | null;
  readonly body: BlockExpr;
}
export interface WhileExpr extends Node {
  readonly kind: 'while';
  readonly label: string | null;
  readonly cond: Expr; // may be a LetCondExpr
  readonly body: BlockExpr;
}
export interface ForExpr extends Node {
  readonly kind: 'for';
  readonly label: string | null;
  readonly pat: Pattern;
  readonly iter: Expr;
  readonly body: BlockExpr;
}
export interface BreakExpr extends Node {
  readonly kind: 'break';
  readonly label: string | null;
  readonly value: Expr | null;
}
export interface ContinueExpr extends Node {
  readonly kind: 'continue';
  readonly label: string | null;
}
export interface ReturnExpr extends Node {
  readonly kind: 'return';
  readonly value: Expr | null;
}
export interface ClosureParam extends Node {
  readonly pat: Pattern;
  readonly ty: Type | null;
}
export interface ClosureExpr extends Node {
  readonly kind: 'closure';
  readonly isMove: boolean;
  readonly params: readonly ClosureParam[];
  readonly ret: Type | null;
  readonly body: Expr;
  /** Set when the parser made this closure from a std function or constructor used as a value: its path (`String::from`), the frame's name. */
  readonly fnValue?: string;
}

/**
 * A macro call. The parser understands the std macros memviz supports and
 * gives their arguments as expressions:
 * - println!/print!/eprintln!/eprint!/format!/panic!/write!/writeln!: `format` is the
 *   literal format string (null for `panic!()` / `println!()`), `args` the arguments after it.
 * - assert!(cond, fmt?, args...), assert_eq!/assert_ne!(a, b, fmt?, args...): the checked
 *   expressions come first in `args`, `format`/`formatArgs` hold the optional message.
 * - vec![a, b, c] → `args`; vec![x; n] → `repeat` = { value, count }.
 * - unreachable!/todo!/unimplemented! like panic!.
 * - dbg!(a, b) → `args`; it evaluates to its argument (a tuple of them, `()` for none).
 * Any other macro is reported "not supported yet".
 */
export interface MacroExpr extends Node {
  readonly kind: 'macro';
  readonly name: string; // without the `!`
  readonly format: { readonly value: string; readonly span: Span } | null;
  readonly args: readonly Expr[];
  /** For assert!/assert_eq!/assert_ne!: the number of leading args that are checked values. */
  readonly checked: number;
  readonly repeat: { readonly value: Expr; readonly count: Expr } | null;
}
export interface TryExpr extends Node {
  readonly kind: 'try';
  readonly operand: Expr;
}
export interface CastExpr extends Node {
  readonly kind: 'cast';
  readonly operand: Expr;
  readonly ty: Type;
}
export interface ParenExpr extends Node {
  readonly kind: 'paren';
  readonly inner: Expr;
}

// ---------------------------------------------------------------- patterns

export type Pattern =
  | WildPat
  | IdentPat
  | LitPat
  | RangePat
  | TuplePat
  | TupleStructPat
  | StructPat
  | RefPat
  | OrPat
  | RestPat
  | PathPat
  | SlicePat;

export interface WildPat extends Node {
  readonly kind: 'wild';
}
/** `x`, `mut x`, `ref x`, `ref mut x`, `x @ subpattern`. */
export interface IdentPat extends Node {
  readonly kind: 'ident';
  readonly name: Ident;
  readonly mutable: boolean;
  readonly byRef: 'none' | 'ref' | 'refMut';
  readonly sub: Pattern | null;
}
export interface LitPat extends Node {
  readonly kind: 'lit';
  readonly lit: LitValue; // negative literals have a negative value
}
export interface RangePat extends Node {
  readonly kind: 'range';
  readonly start: LitValue | null;
  readonly end: LitValue | null;
  readonly inclusive: boolean;
}
export interface TuplePat extends Node {
  readonly kind: 'tuple';
  readonly elems: readonly Pattern[]; // may contain one RestPat
}
export interface TupleStructPat extends Node {
  readonly kind: 'tupleStruct';
  readonly path: Path;
  readonly elems: readonly Pattern[];
}
export interface StructPat extends Node {
  readonly kind: 'struct';
  readonly path: Path;
  readonly fields: readonly { readonly name: Ident; readonly pat: Pattern; readonly span: Span }[];
  readonly rest: boolean;
}
export interface RefPat extends Node {
  readonly kind: 'ref';
  readonly mutable: boolean;
  readonly inner: Pattern;
}
export interface OrPat extends Node {
  readonly kind: 'or';
  readonly alts: readonly Pattern[];
}
export interface RestPat extends Node {
  readonly kind: 'rest';
}
/** A path that names a unit variant, unit struct or constant, e.g. `None`, `Color::Red`, `MAX`. */
export interface PathPat extends Node {
  readonly kind: 'path';
  readonly path: Path;
}
export interface SlicePat extends Node {
  readonly kind: 'slice';
  readonly elems: readonly Pattern[];
}

/** The `..` of a slice pattern, bare or bound to a name (`rest @ ..`). */
export function isRestPat(p: Pattern): boolean {
  return p.kind === 'rest' || (p.kind === 'ident' && p.sub !== null && p.sub.kind === 'rest');
}
