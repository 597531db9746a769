// Memory events: what running a program does to memory, one immutable fact at
// a time. The interpreter emits them; `reduce.ts` folds them into the memory
// state at any step; the UI, the event store and replay only ever see these.
// The schema is versioned: bump TRACE_VERSION on any incompatible change.

export const TRACE_VERSION = 1;

/** Source position of an event: [line, col, endLine, endCol], 1-based. */
export type Loc = readonly [number, number, number, number];

/** Which memory region an address belongs to. */
export type Region = 'stack' | 'heap' | 'static';

/**
 * A value as the UI draws it. Pointers carry the address they point to; the
 * reducer's `locate(addr)` finds the slot or block (and the path inside it).
 */
export type ValueView =
  | { readonly t: 'int'; readonly v: string } // decimal, exact (i128 safe)
  | { readonly t: 'float'; readonly v: string } // as Rust prints it with {:?}
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'char'; readonly v: string }
  | { readonly t: 'unit' }
  /**
   * A pointer. `kind`: 'box' owns a heap block; 'ref'/'mut' are borrows;
   * 'rc' is a counted pointer; 'raw' is the buffer pointer inside String/Vec.
   * `len` is set for fat pointers (&str, &[T]). `addr` 0 is the null niche.
   * `vtable` names the concrete type behind `dyn Trait`.
   */
  | { readonly t: 'ptr'; readonly kind: 'box' | 'ref' | 'mut' | 'rc' | 'raw'; readonly addr: number; readonly len?: number; readonly vtable?: string }
  /** Structs, tuple structs, String/Vec headers ({ptr, cap, len}), closures' environments. */
  | { readonly t: 'struct'; readonly name: string; readonly fields: readonly FieldView[] }
  | { readonly t: 'tuple'; readonly elems: readonly ValueView[] }
  | { readonly t: 'enum'; readonly name: string; readonly variant: string; readonly fields: readonly FieldView[] }
  | { readonly t: 'array'; readonly elems: readonly ValueView[] }
  /** Heap bytes of a String / str: shown as text. `len` bytes are initialized of `cap`. */
  | { readonly t: 'str'; readonly text: string }
  | { readonly t: 'fn'; readonly name: string }
  /** Not yet written (`let x;`) or spare capacity. */
  | { readonly t: 'uninit' }
  /** Moved out: the slot still exists but must not be used. */
  | { readonly t: 'moved' };

export interface FieldView {
  readonly name: string;
  readonly value: ValueView;
}

/** A place inside memory: a stack slot or heap block, and a path of field/element indices inside it. */
export interface PlaceRef {
  readonly slot?: number; // stack slot id (see local_init)
  readonly block?: number; // heap block id (see heap_alloc)
  readonly static?: number; // static memory item id (see static_alloc)
  readonly path: readonly number[];
  /** How the program spells it: "john.name", "v[2]", "*b". */
  readonly name: string;
  readonly addr: number;
}

interface Base {
  /** 0, 1, 2, ... without gaps, in emission order. */
  readonly seq: number;
  /** The step the event belongs to (the index of the most recent `step` event). */
  readonly step: number;
  readonly loc: Loc | null;
}

export type MemoryEvent =
  /** A new step starts: the UI pauses on these. `line` is what to highlight. */
  | (Base & { readonly kind: 'step'; readonly frame: number; readonly what: 'stmt' | 'call' | 'return' | 'drop' })
  | (Base & { readonly kind: 'frame_push'; readonly frame: number; readonly fn: string; readonly callLoc: Loc | null; readonly addr: number })
  | (Base & { readonly kind: 'frame_pop'; readonly frame: number })
  /** A local gets its stack slot and, if initialized, its first value. */
  | (Base & { readonly kind: 'local_init'; readonly frame: number; readonly slot: number; readonly name: string; readonly ty: string; readonly size: number; readonly addr: number; readonly value: ValueView })
  /** A local's slot leaves the stack (end of its scope). */
  | (Base & { readonly kind: 'local_dead'; readonly slot: number })
  /** Some memory changed: the value at `target` (slot/block + path) is now `value`. */
  | (Base & { readonly kind: 'write'; readonly target: PlaceRef; readonly value: ValueView })
  /** String literals, consts and statics, placed in static memory on first use. */
  | (Base & { readonly kind: 'static_alloc'; readonly id: number; readonly name: string; readonly ty: string; readonly size: number; readonly addr: number; readonly value: ValueView })
  | (Base & { readonly kind: 'heap_alloc'; readonly block: number; readonly ty: string; readonly size: number; readonly cap: number; readonly addr: number; readonly value: ValueView })
  /** Capacity changed (Vec/String growth): the block may move to a new address. */
  | (Base & { readonly kind: 'heap_realloc'; readonly block: number; readonly size: number; readonly cap: number; readonly addr: number; readonly oldAddr: number; readonly value: ValueView })
  | (Base & { readonly kind: 'heap_free'; readonly block: number })
  /** Ownership passes from `from` to `to` (`to` null when moved into a call's argument that is shown by its own frame). */
  | (Base & { readonly kind: 'move'; readonly from: PlaceRef; readonly to: PlaceRef | null; readonly ty: string })
  | (Base & { readonly kind: 'copy'; readonly from: PlaceRef; readonly to: PlaceRef | null; readonly ty: string })
  /** A reference is created: `into` holds a pointer to `of`. */
  | (Base & { readonly kind: 'borrow'; readonly borrow: number; readonly mut: boolean; readonly of: PlaceRef; readonly into: PlaceRef | null })
  /** The borrow is no longer live (its last use passed, or its holder died). */
  | (Base & { readonly kind: 'borrow_end'; readonly borrow: number })
  /** A value is dropped. `custom`: a user `Drop::drop` runs (shown as a call right after). */
  | (Base & { readonly kind: 'drop'; readonly target: PlaceRef; readonly ty: string; readonly custom: boolean })
  | (Base & { readonly kind: 'output'; readonly stream: 'stdout' | 'stderr'; readonly text: string })
  /** `location` is "file.rs:line:col" as Rust prints it. */
  | (Base & { readonly kind: 'panic'; readonly message: string; readonly location: string })
  | (Base & { readonly kind: 'stack_overflow'; readonly fn: string; readonly depth: number })
  | (Base & { readonly kind: 'step_limit'; readonly limit: number })
  /** The program ended: exit code as the compiled program's (0, 101 after a panic, 134 after a stack overflow, 1 for `main` returning Err, process::exit's). */
  | (Base & { readonly kind: 'exit'; readonly code: number });

export type EventKind = MemoryEvent['kind'];
export type EventOf<K extends EventKind> = Extract<MemoryEvent, { kind: K }>;

/** A complete run: header plus events. JSON-serializable as it is. */
export interface Trace {
  readonly version: typeof TRACE_VERSION;
  readonly fileName: string;
  readonly events: readonly MemoryEvent[];
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly outcome: 'exit' | 'panic' | 'stack_overflow' | 'step_limit';
  /** Number of steps (the last event's step + 1). */
  readonly steps: number;
}
