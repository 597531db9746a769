// MIR: the one typed control-flow-graph IR that both the borrow checker and
// the interpreter consume, so they can never disagree about what a move, a
// borrow or a drop is. Modelled on rustc's MIR, trimmed to what memviz needs.
//
// A function body is a list of locals and a list of basic blocks. Local 0 is
// the return place, locals 1..argCount are the arguments (for a closure body,
// local 1 is the closure environment), the rest are user variables and
// temporaries. Every value that moves is an explicit `move` operand; every
// drop is an explicit `drop` terminator (dropping an uninitialized or
// moved-from place does nothing at run time: the interpreter keeps dynamic
// drop flags, the borrow checker reasons with "maybe initialized").

import type { Span } from '../syntax/ast.js';
import type { AdtId, ArrayLen, FnId, IntTy, TraitId, Ty } from '../types/ty.js';

export type LocalId = number;
export type BlockId = number;

// ---------------------------------------------------------------- program

/** Everything the front end hands to the back ends. */
export interface Program {
  readonly source: string;
  /** Indexed by FnId: free functions, methods, closure bodies, const initialisers. */
  readonly fns: readonly Body[];
  /** Indexed by AdtId: user structs and enums. */
  readonly adts: readonly AdtDef[];
  /** Indexed by TraitId: user traits. */
  readonly traits: readonly TraitDef[];
  /** Trait impls, for dispatch through `dyn Trait` and through generic parameters. */
  readonly impls: readonly ImplDef[];
  readonly consts: readonly ConstDef[];
  readonly statics: readonly StaticDef[];
  readonly main: FnId | null;
  /**
   * The parameters that stand for a user trait's associated types in generic code (`S::Reading`,
   * `Self::Item`), by index: of `trait`, projected from the body's type parameter `base`.
   */
  readonly assocParams?: ReadonlyMap<number, { readonly trait: number | string; readonly name: string; readonly base: number }>;
}

export interface AdtDef {
  readonly id: AdtId;
  readonly name: string;
  readonly kind: 'struct' | 'enum';
  /** Names of the type parameters, in order (lifetimes are not listed). */
  readonly typeParams: readonly string[];
  /** Names of the lifetime parameters, in order, without the quote. */
  readonly lifetimes: readonly string[];
  /** A struct has exactly one variant, named like the struct. */
  readonly variants: readonly VariantInfo[];
  /** Traits named in #[derive(...)]: "Debug", "Clone", "Copy", "PartialEq", ... */
  readonly derives: readonly string[];
  /** Its `#[repr(..)]` hints; absent for the default layout. */
  readonly repr?: Repr;
  /** An enum's `#[default]` variant (a unit variant), if marked. */
  readonly defaultVariant: number | null;
  /** One of std's types the prelude declares (ParseIntError, Ordering, Reverse). */
  readonly isPrelude?: boolean;
  /** The body of `impl Drop for T { fn drop(&mut self) }`, if any. */
  readonly dropFn: FnId | null;
  readonly span: Span;
}

/** The `#[repr(..)]` hints that change how an ADT is laid out. */
export interface Repr {
  /** `C`: fields in declaration order with C's padding; an enum's tag at least a C `int`. */
  readonly c: boolean;
  /** `u8`, `i32`, ...: an enum's tag type (its fields then stay in declaration order). */
  readonly int: IntTy | null;
  /** `packed` (1) or `packed(N)`: no field aligned to more than N bytes. */
  readonly pack: number | null;
  /** `align(N)`: the type aligned to at least N bytes. */
  readonly align: number | null;
}

export interface VariantInfo {
  readonly name: string;
  readonly shape: 'named' | 'tuple' | 'unit';
  /** Field types may mention the ADT's type parameters as `{k:'param'}`. */
  readonly fields: readonly { readonly name: string; readonly ty: Ty }[]; // tuple fields are named "0", "1", ...
  readonly discriminant: bigint;
}

export interface TraitDef {
  readonly id: TraitId;
  readonly name: string;
  /** Method name → FnId of the default body (if the trait provides one). */
  readonly defaults: ReadonlyMap<string, FnId>;
  readonly methods: readonly string[];
}

export interface ImplDef {
  /** A user trait id, or a std trait name ("Drop", "Clone", "Display", "Iterator", ...). */
  readonly trait: TraitId | string;
  /** The implementing type; may contain params of the impl, e.g. `Wrapper<T>`. */
  readonly selfTy: Ty;
  /** A generic trait's arguments (`impl Convert<String> for Meters`: [String]); calls pick the impl by them. */
  readonly traitArgs: readonly Ty[];
  readonly typeParams: readonly string[];
  /** Method name → FnId. */
  readonly methods: ReadonlyMap<string, FnId>;
  /** Associated constant name → its index in `Program.consts` (the trait's default where the impl gives none). */
  readonly consts: ReadonlyMap<string, number>;
  /** Associated type name → the type the impl gives (`type Reading = f32;`). */
  readonly assocTys?: ReadonlyMap<string, Ty>;
}

export interface ConstDef {
  readonly name: string;
  readonly ty: Ty;
  /** A zero-argument body that computes the value; evaluated once, on first use. */
  readonly body: FnId;
  readonly span: Span;
}

export interface StaticDef {
  readonly name: string;
  readonly ty: Ty;
  readonly mutable: boolean;
  readonly body: FnId;
  readonly span: Span;
}

// ---------------------------------------------------------------- bodies

export interface Body {
  readonly id: FnId;
  /** As the call stack shows it: "main", "Counter::tick", "<Dog as Drop>::drop", "main::{closure#0}". */
  readonly name: string;
  readonly kind: 'fn' | 'method' | 'closure' | 'const' | 'static';
  readonly span: Span;
  /** Type parameter names; calls pass matching `tyArgs`. */
  readonly typeParams: readonly string[];
  readonly argCount: number;
  readonly locals: readonly LocalDecl[];
  readonly blocks: readonly BasicBlock[];
  /** For closure bodies: what the environment (local 1) holds, in field order. */
  readonly captures: readonly Capture[] | null;
  /** Declared lifetime bounds of the fn and its impl, `'a: 'b` as ['a', 'b] (names without the quote). */
  readonly outlives?: readonly (readonly [string, string])[];
  /** Arguments (0-based) whose type is a parameter bound by `'static` (`f: F` with `F: Fn() + 'static`). */
  readonly staticArgs?: readonly number[];
  /**
   * Where rustc reborrows a returned reference as a whole, so its MIR writes the return place there
   * (a `match` whose arms' lifetimes differ), and the `return` operands inside (see lower/reborrows.ts).
   */
  readonly wholeReborrows?: { readonly at: readonly Span[]; readonly returns: readonly Span[] };
}

export interface LocalDecl {
  /** The user's name, or null for the return place and temporaries. */
  readonly name: string | null;
  readonly ty: Ty;
  readonly mutable: boolean;
  readonly kind: 'return' | 'arg' | 'user' | 'temp';
  /** Where it is declared (the binding's span; for temporaries, the expression's). */
  readonly span: Span;
  /** A `let x: T` binding whose `T` writes `'static`: those regions bind; inferred ones never do. */
  readonly annotated?: true;
  /**
   * A binding of a `match`, `if let`, `let` or `for` pattern whose scrutinee is a place: that place and
   * where it is written (rustc's `opt_match_place`). Moves out of it are reported there, one error per scrutinee.
   */
  readonly matchPlace?: { readonly place: Place; readonly span: Span };
}

export interface Capture {
  readonly name: string;
  /** by ref: env field is `&T`; mutRef: `&mut T`; value: `T` (moved or copied in). */
  readonly mode: 'ref' | 'mutRef' | 'value';
  /** The type of the env field. */
  readonly ty: Ty;
}

export interface BasicBlock {
  readonly stmts: readonly Statement[];
  readonly term: Terminator;
}

// ---------------------------------------------------------------- places and operands

/** A memory location: a local followed by projections, e.g. `(*x).field[i]`. */
export interface Place {
  readonly local: LocalId;
  readonly proj: readonly Proj[];
}

export type Proj =
  /** Through a reference, Box, or the built-in smart pointers (String→str, Vec→slice, Rc→T, Ref/RefMut→T). */
  | { readonly k: 'deref' }
  /** Field of a struct/tuple/closure env; for enums, after a downcast. */
  | { readonly k: 'field'; readonly index: number }
  /** Element of an array/slice at the index held in a local (bounds checked by an `assert` before). */
  | { readonly k: 'index'; readonly local: LocalId }
  /** Element at a constant offset, from the start or the end (slice patterns). */
  | { readonly k: 'constIndex'; readonly offset: number; readonly fromEnd: boolean }
  /** Elements [from, len - to) of a slice, itself a slice (`rest @ ..` in a slice pattern). */
  | { readonly k: 'subslice'; readonly from: number; readonly to: number }
  /** View an enum as one of its variants so its fields can be projected. */
  | { readonly k: 'downcast'; readonly variant: number };

export type Operand =
  | { readonly k: 'copy'; readonly place: Place }
  | { readonly k: 'move'; readonly place: Place }
  | { readonly k: 'const'; readonly value: ConstValue; readonly ty: Ty };

export type ConstValue =
  | { readonly k: 'int'; readonly value: bigint }
  | { readonly k: 'float'; readonly value: number }
  | { readonly k: 'bool'; readonly value: boolean }
  | { readonly k: 'char'; readonly value: string }
  /** A `&'static str` literal: lives in static memory. */
  | { readonly k: 'str'; readonly value: string }
  | { readonly k: 'unit' }
  /** A fn item used as a value, e.g. `map(double)`. */
  | { readonly k: 'fn'; readonly fn: FnId; readonly tyArgs: readonly Ty[] }
  /** A `const` item: evaluated on first use (its body), then copied. */
  | { readonly k: 'constItem'; readonly id: number }
  /** `T::SIDES`: the constant of the impl of user trait `trait` for `selfTy` (substituted at run time). */
  | { readonly k: 'assocConst'; readonly trait: TraitId; readonly name: string; readonly selfTy: Ty }
  /** A const generic parameter used as a value (`N`): its argument in the running instance (substituted at run time). */
  | { readonly k: 'constParam'; readonly param: Ty }
  /** A parsed format string, the first argument of the `fmt::*` builtins. */
  | { readonly k: 'fmt'; readonly pieces: readonly FmtPiece[] };

/**
 * One piece of a format string: literal text, or an argument with its spec.
 * `println!("{:>5} {name:?}", x)` → [arg 0 width 5 align right, lit " ", arg 1 debug].
 * Named and inline arguments (`{name}`) are resolved by lowering to positional operands.
 */
export type FmtPiece =
  | { readonly k: 'lit'; readonly text: string }
  | { readonly k: 'arg'; readonly index: number; readonly spec: FmtSpec };

export interface FmtSpec {
  readonly trait: 'Display' | 'Debug' | 'LowerHex' | 'UpperHex' | 'Binary' | 'Octal' | 'LowerExp' | 'UpperExp' | 'Pointer';
  readonly fill: string; // default ' '
  readonly align: 'left' | 'right' | 'center' | null;
  readonly sign: '+' | null;
  readonly alternate: boolean; // `#`: pretty Debug, 0x prefix
  readonly zeroPad: boolean;
  /** A number, or the index of a usize argument (`{:1$}`, `{:.*}`), or null. */
  readonly width: number | { readonly arg: number } | null;
  readonly precision: number | { readonly arg: number } | null;
  /** `{:x?}` / `{:X?}`: Debug with its integers in hex. */
  readonly debugHex?: 'lower' | 'upper';
}

// ---------------------------------------------------------------- statements

export type Statement =
  /** Starts a new step: the UI pauses here. One per source statement (and per loop-header check). */
  /**
   * `return` marks the step that leaves the function: it comes before the scope's drops, so a
   * value dropped at the closing brace is seen leaving on that step, not on the last statement's.
   */
  | { readonly k: 'step'; readonly span: Span; readonly return?: true }
  | { readonly k: 'assign'; readonly place: Place; readonly rvalue: Rvalue; readonly span: Span }
  /** The local's slot is pushed / popped (a `let` comes into / goes out of scope). */
  | { readonly k: 'storageLive'; readonly local: LocalId; readonly span: Span }
  | { readonly k: 'storageDead'; readonly local: LocalId; readonly span: Span }
  /**
   * A use that produces no value but that the borrow checker must see, e.g. a
   * `match` on a place reads its discriminant; `let _ = x;` reads nothing.
   */
  | { readonly k: 'fakeRead'; readonly place: Place; readonly span: Span };

export type BinOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'rem'
  | 'bitAnd' | 'bitOr' | 'bitXor' | 'shl' | 'shr'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Rvalue =
  | { readonly k: 'use'; readonly op: Operand }
  /**
   * `&place` / `&mut place`. `twoPhase` marks the autoref of a method call's
   * receiver (`v.push(v.len())`): reserved first, activated at the call.
   */
  | { readonly k: 'ref'; readonly mut: boolean; readonly place: Place; readonly twoPhase: boolean }
  /** Address of a static: `&'static T` (or `&'static mut T` for `static mut`). */
  | { readonly k: 'staticRef'; readonly id: number; readonly mut: boolean }
  /**
   * Arithmetic panics as a debug build does ("attempt to add with overflow",
   * "attempt to divide by zero", ...). `ty` is the operands' type; comparisons
   * and arithmetic on ints, floats, bools, chars; `eq`/`ne`/`lt`... on other
   * types (String, &str, tuples, derived PartialEq/PartialOrd) compare structurally.
   */
  | { readonly k: 'binary'; readonly op: BinOp; readonly left: Operand; readonly right: Operand; readonly ty: Ty }
  | { readonly k: 'unary'; readonly op: 'neg' | 'not'; readonly operand: Operand; readonly ty: Ty }
  | { readonly k: 'aggregate'; readonly kind: AggregateKind; readonly ops: readonly Operand[] }
  /** `as` casts between numeric types, bool/char to int, u8 to char. */
  | { readonly k: 'cast'; readonly op: Operand; readonly to: Ty }
  /**
   * Unsizing coercions: `&[T; N]` → `&[T]`, `Box<T>` → `Box<dyn Trait>`,
   * `&T` → `&dyn Trait`, closures/fn items → fn pointers. The result type is `to`.
   */
  | { readonly k: 'coerce'; readonly op: Operand; readonly to: Ty }
  /** Variant index of an enum place. */
  | { readonly k: 'discriminant'; readonly place: Place }
  /** Length of an array or slice place. */
  | { readonly k: 'len'; readonly place: Place }
  /** `[value; count]`; in a generic body the count may be a const parameter (`[0; N]`). */
  | { readonly k: 'repeat'; readonly op: Operand; readonly count: ArrayLen };

export type AggregateKind =
  | { readonly k: 'tuple' }
  | { readonly k: 'array'; readonly elem: Ty }
  | { readonly k: 'adt'; readonly adt: AdtId; readonly variant: number; readonly tyArgs: readonly Ty[] }
  /** Ops are the captured values in `Body.captures` order (refs or moved values). */
  | { readonly k: 'closure'; readonly fn: FnId; readonly tyArgs: readonly Ty[] }
  /** Built-in enums: Option (variant 0 None, 1 Some) and Result (0 Ok, 1 Err); ranges (ops [start?, end?]). */
  | { readonly k: 'builtin'; readonly ty: Ty; readonly variant: number };

// ---------------------------------------------------------------- terminators

export type Callee =
  /** A user function or method, statically known. `tyArgs` fill its `typeParams`. */
  | { readonly k: 'fn'; readonly fn: FnId; readonly tyArgs: readonly Ty[] }
  /**
   * A trait method on a type known only after substitution (a generic
   * parameter `T: Trait`): found at run time in `Program.impls`, or in the
   * built-ins for std traits (Clone, Display, Debug, PartialOrd, ...).
   */
  | { readonly k: 'trait'; readonly trait: TraitId | string; readonly method: string; readonly selfTy: Ty; readonly tyArgs: readonly Ty[] }
  /** A method of a `dyn Trait` receiver (args[0] is `&dyn`/`&mut dyn`/`Box<dyn>` derefed to the data pointer). */
  | { readonly k: 'dyn'; readonly trait: TraitId | string; readonly method: string }
  /** A std function implemented by the interpreter, named as listed in `std/builtins.ts`. */
  | { readonly k: 'builtin'; readonly name: string; readonly tyArgs: readonly Ty[] }
  /** Calling a value: a closure, fn item, fn pointer, or `dyn Fn*` behind a pointer (Fn, FnMut, FnOnce). */
  | { readonly k: 'value'; readonly op: Operand; readonly kind: 'Fn' | 'FnMut' | 'FnOnce' };

export type AssertMsg =
  | { readonly k: 'bounds'; readonly len: Operand; readonly index: Operand }
  | { readonly k: 'overflow'; readonly op: BinOp | 'neg' }
  | { readonly k: 'divByZero' }
  | { readonly k: 'remByZero' };

export type Terminator =
  | { readonly k: 'goto'; readonly target: BlockId }
  /** Jump on an integer/bool/char/discriminant value; `values` are compared in order. */
  | { readonly k: 'switch'; readonly discr: Operand; readonly values: readonly bigint[]; readonly targets: readonly BlockId[]; readonly otherwise: BlockId; readonly span: Span }
  | { readonly k: 'return'; readonly span: Span }
  /**
   * A call. `dest` receives the result; `target` null means the callee never
   * returns (panic!, process::exit, unreachable!). `span` is the whole call
   * expression (what the UI highlights, where panics are located).
   */
  | {
      readonly k: 'call'; readonly callee: Callee; readonly args: readonly Operand[]; readonly dest: Place; readonly target: BlockId | null; readonly span: Span;
      /** Each argument's own expression, when it has one: where a move into the call happened (`take(s)`: at `s`). */
      readonly argSpans?: readonly Span[];
    }
  /** Runs the value's drop glue (custom `Drop::drop` first, then fields), if initialized. */
  | { readonly k: 'drop'; readonly place: Place; readonly target: BlockId; readonly span: Span }
  /** Panics with `msg` unless `cond` equals `expected`. */
  | { readonly k: 'assert'; readonly cond: Operand; readonly expected: boolean; readonly msg: AssertMsg; readonly target: BlockId; readonly span: Span }
  | { readonly k: 'unreachable'; readonly span: Span };

export const place = (local: LocalId, ...proj: Proj[]): Place => ({ local, proj });
export const RETURN_PLACE: Place = Object.freeze({ local: 0, proj: Object.freeze([]) as readonly Proj[] });
