// The MIR interpreter: frames, places, statements, terminators, drops,
// unwinding, and the memory events they produce.
//
// User-function calls are iterative (an explicit frame stack), so deep Rust
// recursion never deepens the JS stack. Builtins that call back into user
// code (closures, Drop impls, Display impls) use `invoke`, a nested run of the
// same loop. Panics are JS exceptions caught by every run loop, which unwinds
// its own frames (running drops) and rethrows.

import type { AdtDef, BasicBlock, Body, ConstValue, Operand, Place, Program, Rvalue, Statement, Terminator, AssertMsg, Callee } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import type { FieldView, Loc, MemoryEvent, PlaceRef, ValueView } from '../events/schema.js';
import { EventLog } from '../events/log.js';
import { promotedTemps } from '../mir/promoted.js';
import { ANON, fixedLen, isCellLike, isMap, lenTy, isCounted, isGuard, isTable, lendsBorrow, type BuiltinAdt, type FnId, type Ty } from '../types/ty.js';
import { LayoutCx, isUnsized, type Layout } from '../layout/layout.js';
import { Allocator, MAIN_STACK_START, STACK_SIZE, STACK_TOP, StaticArea } from './memory.js';
import { FnVal, MOVED, Mem, Ptr, PtrKind, Region, UNIT_VALUE, cloneInline, isInit, readAt, writeAt, type Value } from './values.js';
import { TyInterner, TyPrinter, hasParams, namesOf, paramsOf, subst, tyKey } from './types.js';
import * as I from './ints.js';
import { floatDebug, utf8Len } from './fmtnum.js';
import { AbortSignal, BlockSignal, OverflowSignal, PanicSignal, StepLimitSignal } from './signals.js';

export const EMPTY_PATH: readonly number[] = Object.freeze([]);
/** Blocks a program may run per step of its limit: far more than any loop that does something takes. */
const BLOCKS_PER_STEP = 16;
const UNINIT_VIEW: ValueView = Object.freeze({ t: 'uninit' });
const MOVED_VIEW: ValueView = Object.freeze({ t: 'moved' });
const UNIT_VIEW: ValueView = Object.freeze({ t: 'unit' });
const TRUE_VIEW: ValueView = Object.freeze({ t: 'bool', v: true });
const FALSE_VIEW: ValueView = Object.freeze({ t: 'bool', v: false });
const SMALL_INT_VIEWS: ValueView[] = [];
const INT_VIEW_CACHE = 256;
const NO_ALLOC_OPTS: { cap?: number; rc?: boolean; elemSize?: number; whole?: boolean } = Object.freeze({});
for (let i = -128; i < 1024; i++) SMALL_INT_VIEWS.push(Object.freeze({ t: 'int', v: String(i) }));

const USIZE: Ty = Object.freeze({ k: 'int', int: 'usize' });
const U8: Ty = Object.freeze({ k: 'int', int: 'u8' });
const BOOL_TY: Ty = Object.freeze({ k: 'bool' });
const STR_TY: Ty = Object.freeze({ k: 'str' });

/** A resolved place: the memory cell, the path inside it, and for slice/str places the range. */
/** The type arguments of the generic body a closure value was made in (see `aggregate`). */
const CLOSURE_ARGS = new WeakMap<Value[], readonly Ty[]>();

/** A place ending in a `subslice` projection (`tail @ ..`). */
function isSubslice(p: Place): boolean {
  return p.proj.length > 0 && p.proj[p.proj.length - 1].k === 'subslice';
}

export class PlaceLoc {
  constructor(
    readonly mem: Mem,
    readonly path: readonly number[],
    readonly off: number = -1,
    readonly len: number = -1,
    /** The concrete type when the place was reached through a `dyn Trait` pointer. */
    readonly dyn: Ty | null = null,
  ) {}
}

/** A body instantiated with concrete type arguments: local types, sizes and stack offsets. */
export class Inst {
  readonly localTys: Ty[];
  readonly localSizes: number[];
  readonly localOffsets: number[];
  readonly frameSize: number;
  readonly tyStrs: string[];
  readonly placeInfos = new Map<Place, PlaceInfo>();
  /** Where each local is declared (local_init events), filled on first use. */
  readonly localLocs: (Loc | null | undefined)[] = [];
  /** PlaceInfo of each whole local (no projections), filled on first use. */
  readonly rootInfos: (PlaceInfo | undefined)[] = [];
  readonly operandTys = new Map<Operand, Ty>();
  readonly argTysOf = new Map<Terminator, Ty[]>();
  constructor(
    readonly m: Machine,
    readonly body: Body,
    readonly tyArgs: readonly Ty[],
  ) {
    this.localTys = body.locals.map((l) => m.concrete(l.ty, body.typeParams, tyArgs));
    this.localSizes = this.localTys.map((t) => m.sizeOf(t));
    this.tyStrs = this.localTys.map((t) => m.tyStr(t));
    // Locals are laid out from the frame base upward, each at its alignment; 16 bytes for the return address and saved rbp.
    let off = 0;
    this.localOffsets = this.localTys.map((t, i) => {
      const a = m.alignOf(t);
      off = Math.ceil(off / a) * a;
      const at = off;
      off += this.localSizes[i];
      return at;
    });
    this.frameSize = Math.ceil((off + 16) / 16) * 16;
  }

  private readonly substCache = new Map<Ty, Ty>();
  subst(t: Ty): Ty {
    let r = this.substCache.get(t);
    if (r === undefined) {
      r = this.m.concrete(t, this.body.typeParams, this.tyArgs);
      this.substCache.set(t, r);
    }
    return r;
  }

  /** Per builtin call site: the builtin, argument types, type arguments and destination type. */
  readonly sites = new Map<Terminator, BuiltinSite>();
  /** Per direct-call site: the instantiated callee. */
  readonly fnTargets = new Map<Terminator, CallTarget>();
  /** Per block: a `switch` terminator's values as numbers (null when some value is not a safe integer). */
  readonly switchKeys: (number[] | null | undefined)[] = [];
}

/**
 * What a place's shape says once per instantiated body: the types along its projections,
 * and, when it has no deref or index, its constant path inside the local's cell and its name.
 */
export class PlaceInfo {
  constructor(
    /** tys[0] is the local's type, tys[i+1] the type after projection i. */
    readonly tys: Ty[],
    /** The place's own type (the last of `tys`). */
    readonly ty: Ty,
    /** Values of this type are copied, not moved. */
    readonly copy: boolean,
    /** How event views print `ty`. */
    readonly tyStr: string,
    /** The internal path inside the local's cell, when it does not depend on run-time values. */
    readonly path: readonly number[] | null,
    /** How the program spells the place, when it does not depend on run-time values (no index). */
    readonly name: string | null,
  ) {}
}

export interface BuiltinSite {
  readonly fn: BuiltinFn;
  readonly argTys: readonly Ty[];
  readonly tyArgs: readonly Ty[];
  readonly destTy: Ty;
}

export class Frame {
  bb = 0;
  si = 0;
  /** (local, borrow id) pairs: borrows whose reference this frame's locals hold. */
  borrows: number[] | null = null;
  ret: Value = undefined;
  constructor(
    readonly inst: Inst,
    readonly cells: Mem[],
    readonly id: number,
    readonly base: number,
    /** Called from a builtin (or the entry point): the return value is handed back instead of written to a caller's place. */
    readonly nested: boolean,
  ) {}
}

export type BuiltinFn = (m: Machine, args: Value[], c: CallCtx) => Value;

/** What a builtin knows about its call site. */
export interface CallCtx {
  readonly name: string;
  readonly argTys: readonly Ty[];
  readonly tyArgs: readonly Ty[];
  readonly span: Span | null;
  readonly frame: Frame;
  /** The call's operands (for builtins that need places, like `mem::drop` of a local). */
  readonly ops: readonly Operand[];
  readonly destTy: Ty;
}

export interface MachineOptions {
  readonly fileName: string;
  readonly stepLimit: number;
  /** Read every event back from the log as it is appended (dev and tests). */
  readonly checkLog?: boolean;
}

/** The std trait of each arithmetic operator of MIR (its method is the trait's name in lower case). */
const OPERATOR_TRAIT: Readonly<Record<string, string>> = { add: 'Add', sub: 'Sub', mul: 'Mul', div: 'Div', rem: 'Rem' };
const OPERATOR_TRAITS: ReadonlySet<string> = new Set([...Object.values(OPERATOR_TRAIT), 'Neg']);

export class Machine {
  /** The events so far, kept compact (see events/log.ts). */
  readonly log: EventLog;
  readonly layout: LayoutCx;
  readonly printer: TyPrinter;
  private readonly interner = new TyInterner();
  readonly frames: Frame[] = [];
  private readonly insts = new Map<Body, Map<string, Inst>>();
  private readonly locCache = new Map<Span, Loc>();
  private readonly headCache = new Map<Span, Loc>();
  private readonly heap = new Allocator();
  private readonly statics = new StaticArea();
  private readonly strLiterals = new Map<string, Mem>();
  private readonly promoted = new Map<string, Mem>();
  private readonly printedOnly = new WeakMap<Body, Set<number>>();
  private readonly constVals = new Map<number, Mem>();
  private readonly staticVals = new Map<number, Mem>();
  private readonly copyCache = new Map<Ty, boolean>();
  private readonly dropCache = new Map<Ty, boolean>();
  stdout: string[] = [];
  stderr: string[] = [];
  private seq = 0;
  private step = 0;
  private stepsTaken = 0;
  /**
   * Basic blocks run, against a budget of BLOCKS_PER_STEP times the step limit: a loop whose body
   * has no statement (`loop {}`) takes no step, and must still end at the limit instead of hanging.
   */
  private blocksRun = 0;
  private nextFrameId = 0;
  private nextSlot = 0;
  private nextBlock = 0;
  private nextStatic = 0;
  private nextBorrow = 0;
  private sp = MAIN_STACK_START;
  /** How counted blocks other than an Rc's are drawn: an Arc's, a channel's, a thread's result packet. */
  private readonly countedBlockNames = new WeakMap<Mem, CountedBlockNames>();
  /** The top of the running thread's stack (main's, or a spawned thread's further down). */
  private stackTop = STACK_TOP;
  /** The running thread: 0 is main; spawned threads are numbered from 1 as they start. */
  thread = 0;
  private threadsStarted = 0;
  /** The running thread's name, as a panic message gives it (a Builder's name, or none). */
  threadName: string | null = 'main';
  /** The running thread's own count on its `Thread` block (main's is made when it first asks for it). */
  threadHandle: Value | null = null;
  /** The name the next frame pushed takes in place of its function's (a spawned thread's first frame). */
  private nextFrameLabel: string | null = null;
  panicking = false;
  /** How many `catch_unwind` calls are running (a panic there does not end the run). */
  catching = 0;
  /** How many panics the process has had (std's hook prints its backtrace note after the first only). */
  private panics = 0;
  /** A panic happened while unwinding: the process aborts once it has unwound out of that drop. */
  private nestedPanic = false;
  /** The span of the statement or terminator being executed (panic locations). */
  curSpan: Span | null = null;
  private lineEnds: number[] | null = null;
  builtins: ReadonlyMap<string, BuiltinFn> = new Map();
  /** Hook for fmt builtins and derived Debug: set by index.ts. */
  readonly dangling: Mem;

  constructor(
    readonly program: Program,
    readonly opts: MachineOptions,
  ) {
    this.log = new EventLog(opts.checkLog === true);
    this.layout = new LayoutCx(program.adts, (t, adt, args) => this.concrete(t, adt.typeParams, args));
    this.printer = new TyPrinter(namesOf(program));
    this.dangling = new Mem(Region.Heap, { k: 'slice', elem: U8 }, null);
    this.dangling.v = [];
    this.dangling.addr = 8;
  }

  // ------------------------------------------------------------ types

  /** Substitutes and interns a type. */
  concrete(t: Ty, names: readonly string[], args: readonly Ty[]): Ty {
    if (!hasParams(t)) return this.interner.intern(t);
    const r = subst(t, names, args);
    return this.interner.intern(this.program.assocParams?.size && hasParams(r) ? this.projectAssoc(r, args) : r);
  }

  /** The field types of an ADT variant with the ADT's arguments substituted (its `I::Item`s as they give them). */
  fieldTys(def: AdtDef, variant: number, args: readonly Ty[]): Ty[] {
    const v = def.variants[variant];
    if (!v) return [];
    return v.fields.map((f) => (hasParams(f.ty) ? this.concrete(f.ty, def.typeParams, args) : f.ty));
  }

  /** `S::Reading` or `I::Item` in a generic body, once `S` or `I` is known: what its impl of the trait gives (`type Reading = f32;`), or std. */
  private projectAssoc(t: Ty, args: readonly Ty[]): Ty {
    const found = new Map<string, Ty>();
    for (const p of paramsOf(t)) {
      const a = this.program.assocParams!.get(p.index);
      const base = a ? args[a.base] : undefined;
      if (!a || !base || found.has(p.name)) continue;
      const given = this.assocTyOf(a.trait, a.name, base);
      if (given) found.set(p.name, given);
    }
    return found.size ? subst(t, [...found.keys()], [...found.values()]) : t;
  }

  /** `<base as trait>::name` for a concrete `base`: the program's impl's type, or std's for its own types. */
  private assocTyOf(trait: number | string, name: string, base: Ty): Ty | null {
    for (const impl of this.program.impls) {
      const given = impl.trait === trait ? impl.assocTys?.get(name) : undefined;
      const bind = new Map<string, Ty>();
      if (!given || !matchTy(impl.selfTy, base, bind)) continue;
      // (`type Item = I::Item;` of `impl<I: Iterator> Iterator for W<I>`: what `I` gives, in turn.)
      return this.concrete(given, impl.typeParams, impl.typeParams.map((n, index): Ty => bind.get(n) ?? { k: 'param', name: n, index }));
    }
    return typeof trait === 'string' ? this.stdAssocTy(trait, name, base) : null;
  }

  /** std's `<base as Iterator>::Item` (or `IntoIterator`'s) for the types memviz models, and a number's `Output` (`Add` and the rest). */
  private stdAssocTy(trait: string, name: string, base: Ty): Ty | null {
    if (name === 'Output') return base.k === 'int' || base.k === 'float' ? base : null;
    if (name !== 'Item') return null;
    const into = trait === 'IntoIterator';
    switch (base.k) {
      case 'builtin':
        if (base.name === 'Iter' || base.name === 'Range' || base.name === 'RangeInclusive') return base.args[0];
        if (base.name === 'Box') return this.assocTyOf('Iterator', name, base.args[0]);
        if (into && isMap(base.name)) return { k: 'tuple', elems: base.args };
        return into && INTO_ITER_BY_VALUE.has(base.name) ? base.args[0] : null;
      case 'dyn': return base.traits.find((b) => b.trait === 'Iterator')?.args[0] ?? null;
      case 'array': return into ? base.elem : null;
      case 'ref': {
        // `&mut I` is an iterator of I's items; `&v` and `&mut v` iterate references to what v holds.
        const viaIter = base.mut ? this.assocTyOf('Iterator', name, base.inner) : null;
        if (viaIter || !into) return viaIter;
        const inner = base.inner;
        const ref = (t: Ty, mut = base.mut): Ty => ({ k: 'ref', mut, inner: t, region: ANON });
        if (inner.k === 'array' || inner.k === 'slice') return ref(inner.elem);
        if (inner.k !== 'builtin') return null;
        if (isMap(inner.name)) return { k: 'tuple', elems: [ref(inner.args[0], false), ref(inner.args[1])] };
        if (inner.name === 'Vec' || inner.name === 'VecDeque' || inner.name === 'Option' || (!base.mut && (inner.name === 'BinaryHeap' || inner.name === 'HashSet' || inner.name === 'BTreeSet'))) return ref(inner.args[0]);
        return null;
      }
      default: return null;
    }
  }

  intern(t: Ty): Ty {
    return this.interner.intern(t);
  }
  sizeOf(t: Ty): number {
    return this.layout.of(t).size;
  }
  alignOf(t: Ty): number {
    return this.layout.of(t).align;
  }
  tyStr(t: Ty): string {
    return this.printer.str(t);
  }
  adt(id: number): AdtDef {
    return this.program.adts[id];
  }

  isCopy(t: Ty): boolean {
    let c = this.copyCache.get(t);
    if (c === undefined) {
      c = this.computeCopy(t);
      this.copyCache.set(t, c);
    }
    return c;
  }

  private computeCopy(t: Ty): boolean {
    switch (t.k) {
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'never':
      case 'fndef':
      case 'fnptr':
      case 'ptr':
        return true;
      case 'ref':
        return !t.mut;
      case 'tuple':
        return t.elems.every((e) => this.isCopy(e));
      case 'array':
        return this.isCopy(t.elem);
      case 'closure':
        return t.captures.every((e) => this.isCopy(e));
      case 'adt': {
        const def = this.adt(t.adt);
        return def.derives.includes('Copy');
      }
      case 'builtin':
        if (t.name === 'Option') return this.isCopy(t.args[0]);
        if (t.name === 'Result') return this.isCopy(t.args[0]) && this.isCopy(t.args[1]);
        if (t.name === 'Cell') return false;
        return false;
      default:
        return false;
    }
  }

  /** Whether dropping a value of this type does anything (frees memory or runs a Drop impl). */
  needsDrop(t: Ty): boolean {
    let c = this.dropCache.get(t);
    if (c === undefined) {
      this.dropCache.set(t, false); // recursive types: assume no until proven
      c = this.computeNeedsDrop(t);
      this.dropCache.set(t, c);
    }
    return c;
  }

  private computeNeedsDrop(t: Ty): boolean {
    switch (t.k) {
      case 'tuple':
        return t.elems.some((e) => this.needsDrop(e));
      case 'array':
        return fixedLen(t) > 0 && this.needsDrop(t.elem);
      case 'slice':
        return this.needsDrop(this.intern(t.elem));
      case 'closure':
        return t.captures.some((e) => this.needsDrop(e));
      case 'adt': {
        const def = this.adt(t.adt);
        if (def.dropFn !== null) return true;
        return def.variants.some((_, vi) => this.fieldTys(def, vi, t.args).some((f) => this.needsDrop(this.intern(f))));
      }
      case 'builtin':
        switch (t.name) {
          case 'String':
          case 'BinaryHeap':
          case 'VecDeque':
          case 'Vec':
          case 'Box':
          case 'Rc':
          case 'Arc':
          case 'Weak':
          case 'Ref':
          case 'RefMut':
          case 'MutexGuard':
          case 'RwLockReadGuard':
          case 'RwLockWriteGuard':
          case 'JoinHandle':
          case 'Sender':
          case 'SyncSender':
          case 'Receiver':
          case 'Iter':
          case 'HashMap':
          case 'HashSet':
          case 'BTreeMap':
          case 'BTreeSet':
          case 'Entry':
            return true;
          case 'Option':
          case 'RefCell':
          case 'Mutex':
          case 'RwLock':
          case 'Cell':
            return this.needsDrop(this.intern(t.args[0]));
          case 'Result':
            return this.needsDrop(this.intern(t.args[0])) || this.needsDrop(this.intern(t.args[1]));
          default:
            return false;
        }
      case 'opaque':
        return this.needsDrop(this.intern(t.actual));
      default:
        return false;
    }
  }

  inst(body: Body, tyArgs: readonly Ty[]): Inst {
    let byArgs = this.insts.get(body);
    if (!byArgs) {
      byArgs = new Map();
      this.insts.set(body, byArgs);
    }
    const key = tyArgs.length === 0 ? '' : tyArgs.map(tyKey).join(';');
    let inst = byArgs.get(key);
    if (!inst) {
      inst = new Inst(this, body, tyArgs.map((t) => this.intern(t)));
      byArgs.set(key, inst);
    }
    return inst;
  }

  // ------------------------------------------------------------ events

  loc(span: Span | null | undefined): Loc | null {
    if (!span) return null;
    let l = this.locCache.get(span);
    if (!l) {
      l = Object.freeze([span.line, span.col, span.endLine, span.endCol]) as Loc;
      this.locCache.set(span, l);
    }
    return l;
  }

  /** The first line of a span (a function's signature line for "call" steps). */
  headLoc(span: Span): Loc {
    let l = this.headCache.get(span);
    if (l) return l;
    if (!this.lineEnds) {
      this.lineEnds = [];
      const src = this.program.source;
      for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.lineEnds.push(i);
      this.lineEnds.push(src.length);
    }
    const lineStart = span.line >= 2 ? this.lineEnds[span.line - 2] + 1 : 0;
    const lineEnd = this.lineEnds[span.line - 1] ?? this.program.source.length;
    l = Object.freeze([span.line, span.col, span.line, Math.max(span.col, lineEnd - lineStart + 1)]) as Loc;
    this.headCache.set(span, l);
    return l;
  }

  private lastSpan: Span | null = null;
  private lastLoc: Loc | null = null;
  /** The loc of the statement being executed (cached: most events share it). */
  here(): Loc | null {
    const span = this.curSpan;
    if (span !== this.lastSpan) {
      this.lastSpan = span;
      this.lastLoc = this.loc(span);
    }
    return this.lastLoc;
  }

  /** The kinds the log has no typed append for (rare: once per literal, output or end of a run). */
  private push(e: Record<string, unknown>): void {
    this.log.append(e as unknown as MemoryEvent);
  }

  emitStep(what: 'stmt' | 'call' | 'return' | 'drop', loc: Loc | null, frameId = -1): void {
    this.stepsTaken++;
    if (this.stepsTaken > this.opts.stepLimit) throw new StepLimitSignal(this.opts.stepLimit);
    if (this.seq > 0) this.step++;
    const frame = frameId >= 0 ? frameId : this.frames.length ? this.frames[this.frames.length - 1].id : 0;
    this.log.step(this.seq++, this.step, loc, frame, what);
  }

  emitOutput(stream: 'stdout' | 'stderr', text: string): void {
    if (text.length === 0) return;
    (stream === 'stdout' ? this.stdout : this.stderr).push(text);
    this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind: 'output', stream, text });
  }

  emitEnd(kind: 'panic' | 'stack_overflow' | 'step_limit' | 'exit', fields: Record<string, unknown>): void {
    this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind, ...fields });
  }

  private emitWrite(target: PlaceRef, value: ValueView): void {
    this.log.write(this.seq++, this.step, this.here(), target, value);
  }

  // ------------------------------------------------------------ memory cells and views

  /** Whether changes to this cell are shown (and so need events). */
  visible(mem: Mem): boolean {
    // The dangling pointer of an empty Vec or slice points at no block: nothing there to draw.
    return (mem.region !== Region.Stack || mem.id >= 0) && mem !== this.dangling;
  }

  /** The PlaceRef of `path` inside `mem` (paths follow the value views: enum fields without the tag). */
  placeRef(mem: Mem, path: readonly number[], name: string): PlaceRef {
    if (path.length === 0) {
      // Whole-cell references repeat a lot (every read of `sum`): share one object per cell and name.
      const c = mem.rootRef as PlaceRef | null;
      if (c !== null && c.name === name && c.addr === mem.addr && (c.slot ?? c.block ?? c.static) === mem.id) return c;
      const r: PlaceRef = mem.region === Region.Stack ? { slot: mem.id, path: EMPTY_PATH, name, addr: mem.addr } : mem.region === Region.Heap ? { block: mem.id, path: EMPTY_PATH, name, addr: mem.addr } : { static: mem.id, path: EMPTY_PATH, name, addr: mem.addr };
      mem.rootRef = r;
      return r;
    }
    let addr = mem.addr;
    let viewPath: readonly number[] = path;
    if (path.length > 0) {
      const r = this.walkPath(mem, path);
      addr = r.addr;
      viewPath = r.viewPath;
    }
    if (mem.region === Region.Stack) return { slot: mem.id, path: viewPath, name, addr };
    if (mem.region === Region.Heap) return { block: mem.id, path: viewPath, name, addr };
    return { static: mem.id, path: viewPath, name, addr };
  }

  /** Address and view path of an internal path, following types and (for enums) the current variant. */
  walkPath(mem: Mem, path: readonly number[]): { addr: number; viewPath: number[]; ty: Ty } {
    let ty = mem.ty;
    let v = mem.v;
    let addr = mem.addr;
    const viewPath: number[] = [];
    for (let i = 0; i < path.length; i++) {
      const k = path[i];
      if (i === 0 && mem.cap === -2) {
        // An Rc block: { strong: usize, weak: usize, value: T }.
        addr += k === 2 ? Math.max(16, Math.ceil(16 / this.alignOf(ty)) * this.alignOf(ty)) : k * 8;
        viewPath.push(k);
        if (k !== 2) ty = USIZE;
        v = v === undefined || v === MOVED ? undefined : v[k];
        continue;
      }
      const step = this.childOf(ty, v, k);
      addr += step.offset;
      viewPath.push(step.viewIndex);
      ty = step.ty;
      v = v === undefined || v === MOVED ? undefined : v[k];
    }
    return { addr, viewPath, ty };
  }

  /** Type, byte offset and view index of child `k` (internal index) of a value of type `ty`. */
  childOf(ty: Ty, v: Value, k: number): { ty: Ty; offset: number; viewIndex: number } {
    switch (ty.k) {
      case 'slice':
      case 'array': {
        const el = this.intern(ty.elem);
        return { ty: el, offset: k * this.sizeOf(el), viewIndex: k };
      }
      case 'tuple':
        return { ty: this.intern(ty.elems[k]), offset: this.layout.of(ty).offsets[k] ?? 0, viewIndex: k };
      case 'closure':
        return { ty: this.intern(ty.captures[k]), offset: this.layout.of(ty).offsets[k] ?? 0, viewIndex: k };
      case 'adt': {
        const def = this.adt(ty.adt);
        const l = this.layout.of(ty);
        if (def.kind === 'struct') {
          return { ty: this.intern(this.fieldTys(def, 0, ty.args)[k]), offset: l.offsets[k] ?? 0, viewIndex: k };
        }
        const variant = Array.isArray(v) ? (v[0] as number) : 0;
        const fi = k - 1;
        return { ty: this.intern(this.fieldTys(def, variant, ty.args)[fi] ?? ty), offset: l.variants?.[variant]?.[fi] ?? 0, viewIndex: fi };
      }
      case 'builtin':
        return this.builtinChild(ty, v, k);
      default:
        return { ty, offset: 0, viewIndex: k };
    }
  }

  private builtinChild(ty: Extract<Ty, { k: 'builtin' }>, v: Value, k: number): { ty: Ty; offset: number; viewIndex: number } {
    const l = this.layout.of(ty);
    const a0 = ty.args[0] ? this.intern(ty.args[0]) : USIZE;
    switch (ty.name) {
      case 'Option':
      case 'Result': {
        const variant = Array.isArray(v) ? (v[0] as number) : 1;
        const fty = ty.name === 'Option' ? a0 : this.intern(ty.args[variant] ?? a0);
        return { ty: fty, offset: l.variants?.[variant]?.[k - 1] ?? 0, viewIndex: k - 1 };
      }
      case 'String':
      case 'BinaryHeap':
      case 'VecDeque':
      case 'Vec':
      case 'HashMap':
      case 'HashSet':
      case 'BTreeMap':
      case 'BTreeSet':
        return { ty: USIZE, offset: l.offsets[k] ?? 0, viewIndex: k };
      case 'RefCell':
      case 'Mutex':
      case 'RwLock':
        return { ty: k === 0 ? USIZE : a0, offset: l.offsets[k] ?? 0, viewIndex: k };
      case 'Range':
      case 'RangeInclusive':
        return { ty: k === 2 ? BOOL_TY : a0, offset: l.offsets[k] ?? 0, viewIndex: k };
      default:
        return { ty: a0, offset: k * 8, viewIndex: k };
    }
  }

  /** Address of a pointer's target. */
  ptrAddr(p: Ptr): number {
    let addr = p.mem.addr;
    if (p.path.length > 0) addr = this.walkPath(p.mem, p.path).addr;
    if (p.off > 0) {
      const t = p.path.length > 0 ? this.walkPath(p.mem, p.path).ty : p.mem.ty;
      if (t.k === 'str') addr += p.off;
      else if (t.k === 'slice' || t.k === 'array') addr += p.off * this.sizeOf(this.intern(t.elem));
    }
    return addr;
  }

  /** Recently viewed integers (direct-mapped): a value written and then shown again shares its view. */
  private intViewVals: Float64Array | null = null;
  private intViews: (ValueView | undefined)[] = [];

  intView(v: I.IntVal): ValueView {
    if (typeof v === 'number') {
      if (v >= -128 && v < 1024 && Number.isInteger(v)) return SMALL_INT_VIEWS[v + 128];
      const h = v & (INT_VIEW_CACHE - 1);
      let vals = this.intViewVals;
      if (vals === null) {
        vals = this.intViewVals = new Float64Array(INT_VIEW_CACHE);
        this.intViews = new Array<ValueView | undefined>(INT_VIEW_CACHE).fill(undefined);
      }
      const c = this.intViews[h];
      if (c !== undefined && vals[h] === v) return c;
      const view: ValueView = { t: 'int', v: I.intToString(v) };
      this.intViews[h] = view;
      vals[h] = v;
      return view;
    }
    return { t: 'int', v: I.intToString(v) };
  }

  /** The value view of `v` of type `t`, as the UI draws it. */
  view(t: Ty, v: Value, depth = 0): ValueView {
    if (v === undefined) return UNINIT_VIEW;
    if (v === MOVED) return MOVED_VIEW;
    if (depth > 60) return UNINIT_VIEW;
    switch (t.k) {
      case 'int':
        return this.intView(v);
      case 'float':
        return { t: 'float', v: floatDebug(v, t.float === 'f32') };
      case 'bool':
        return v ? TRUE_VIEW : FALSE_VIEW;
      case 'char':
        return { t: 'char', v: String.fromCodePoint(v) };
      case 'tuple':
        if (t.elems.length === 0) return UNIT_VIEW;
        return { t: 'tuple', elems: t.elems.map((e, i) => this.view(this.intern(e), v[i], depth + 1)) };
      case 'array':
        return { t: 'array', elems: (v as Value[]).map((x) => this.view(this.intern(t.elem), x, depth + 1)) };
      case 'ref':
        return this.ptrView(v, t.mut ? 'mut' : 'ref');
      case 'ptr':
        return this.ptrView(v, 'raw');
      case 'adt':
        return this.adtView(t, v, depth);
      case 'builtin':
        return this.builtinView(t, v, depth);
      case 'closure': {
        const caps = this.program.fns[t.fn]?.captures ?? [];
        return { t: 'struct', name: 'closure', fields: t.captures.map((c, i) => ({ name: caps[i]?.name ?? String(i), value: this.view(this.intern(c), v[i], depth + 1) })) };
      }
      case 'fndef':
        return { t: 'fn', name: this.program.fns[t.fn]?.name ?? 'fn' };
      case 'fnptr':
        return { t: 'fn', name: v instanceof FnVal ? (this.program.fns[v.fn]?.name ?? 'fn') : 'fn' };
      case 'str':
        return { t: 'str', text: typeof v === 'string' ? v : '' };
      case 'slice':
        return { t: 'array', elems: (v as Value[]).map((x) => this.view(this.intern(t.elem), x, depth + 1)) };
      case 'opaque':
        return this.view(this.intern(t.actual), v, depth);
      default:
        return UNIT_VIEW;
    }
  }

  /** The address a raw pointer holds: a `Ptr`'s place, or the number a null (or integer-made) pointer is. */
  rawAddr(v: Value): number {
    return v instanceof Ptr ? this.ptrAddr(v) : Number(v ?? 0);
  }

  ptrView(p: Value, kind: 'box' | 'ref' | 'mut' | 'rc' | 'raw'): ValueView {
    if (kind === 'raw' && !(p instanceof Ptr)) return { t: 'ptr', kind, addr: Number(p ?? 0) };
    if (!(p instanceof Ptr)) return { t: 'ptr', kind, addr: 0 };
    const addr = this.ptrAddr(p);
    if (p.dyn) return { t: 'ptr', kind, addr, vtable: this.tyStr(p.dyn) };
    if (p.len >= 0) return { t: 'ptr', kind, addr, len: p.len };
    return { t: 'ptr', kind, addr };
  }

  private adtView(t: Extract<Ty, { k: 'adt' }>, v: Value, depth: number): ValueView {
    const def = this.adt(t.adt);
    if (def.kind === 'struct') {
      const tys = this.fieldTys(def, 0, t.args);
      const fields: FieldView[] = def.variants[0].fields.map((f, i) => ({ name: f.name, value: this.view(this.intern(tys[i]), v[i], depth + 1) }));
      return { t: 'struct', name: def.name, fields };
    }
    const vi = v[0] as number;
    const variant = def.variants[vi];
    const tys = this.fieldTys(def, vi, t.args);
    const fields: FieldView[] = variant.fields.map((f, i) => ({ name: f.name, value: this.view(this.intern(tys[i]), v[i + 1], depth + 1) }));
    return { t: 'enum', name: def.name, variant: variant.name, fields };
  }

  private builtinView(t: Extract<Ty, { k: 'builtin' }>, v: Value, depth: number): ValueView {
    switch (t.name) {
      case 'Box':
        return this.ptrView(v, 'box');
      case 'Rc':
      case 'Arc':
      case 'Weak':
        return this.ptrView(v, 'rc');
    }
    const a0 = t.args[0] ? this.intern(t.args[0]) : USIZE;
    switch (t.name) {
      case 'String':
      case 'BinaryHeap':
      case 'VecDeque':
      case 'Vec': {
        const buf = v[0] as Mem | null;
        return {
          t: 'struct',
          name: t.name === 'String' ? 'String' : t.name,
          fields: [
            { name: 'ptr', value: { t: 'ptr', kind: 'raw', addr: buf ? buf.addr : this.alignOf(t.name === 'String' ? U8 : a0) } },
            { name: 'cap', value: this.intView(v[1]) },
            { name: 'len', value: this.intView(v[2]) },
          ],
        };
      }
      // A header of three words: [block, count, len]. A tree: its root node (memviz draws all the nodes as
      // one block of entries in order), its height, its length. A hash table: its block (a static
      // empty group before the first insert), its buckets, its entries.
      case 'BTreeMap':
      case 'BTreeSet':
      case 'HashMap':
      case 'HashSet': {
        const tree = t.name === 'BTreeMap' || t.name === 'BTreeSet';
        const buf = v[0] as Mem | null;
        return {
          t: 'struct',
          name: t.name,
          fields: [
            { name: tree ? 'root' : 'ptr', value: { t: 'ptr', kind: 'raw', addr: buf ? buf.addr : tree ? 0 : 16 } },
            { name: tree ? 'height' : 'buckets', value: this.intView(v[1]) },
            { name: 'len', value: this.intView(v[2]) },
          ],
        };
      }
      case 'Entry':
        return { t: 'struct', name: 'Entry', fields: [{ name: 'map', value: this.ptrView(v[0], 'mut') }, { name: 'key', value: this.view(a0, v[1], depth + 1) }] };
      case 'Option': {
        if (v[0] === 0) return { t: 'enum', name: 'Option', variant: 'None', fields: [] };
        return { t: 'enum', name: 'Option', variant: 'Some', fields: [{ name: '0', value: this.view(a0, v[1], depth + 1) }] };
      }
      case 'Result': {
        const ok = v[0] === 0;
        const ft = ok ? a0 : this.intern(t.args[1]);
        return { t: 'enum', name: 'Result', variant: ok ? 'Ok' : 'Err', fields: [{ name: '0', value: this.view(ft, v[1], depth + 1) }] };
      }
      case 'RefCell':
        return { t: 'struct', name: 'RefCell', fields: [{ name: 'borrow', value: this.intView(v[0]) }, { name: 'value', value: this.view(a0, v[1], depth + 1) }] };
      // The lock's state (0 free; a Mutex 1 locked; a RwLock its readers, or -1 written) and the data.
      case 'Mutex':
        return { t: 'struct', name: 'Mutex', fields: [{ name: 'locked', value: v[0] ? TRUE_VIEW : FALSE_VIEW }, { name: 'data', value: this.view(a0, v[1], depth + 1) }] };
      case 'RwLock':
        return { t: 'struct', name: 'RwLock', fields: [{ name: 'state', value: this.intView(v[0]) }, { name: 'data', value: this.view(a0, v[1], depth + 1) }] };
      case 'MutexGuard':
      case 'RwLockReadGuard':
      case 'RwLockWriteGuard':
        return { t: 'struct', name: t.name, fields: [{ name: 'data', value: this.ptrView(v[0], t.name === 'RwLockReadGuard' ? 'ref' : 'mut') }, { name: 'lock', value: this.ptrView(v[1], 'ref') }] };
      // A thread's handle: the thread's number, its `Thread` and the block its result comes back in.
      case 'JoinHandle':
        return {
          t: 'struct',
          name: 'JoinHandle',
          fields: [
            { name: 'native', value: this.intView(v[0]) },
            { name: 'thread', value: this.ptrView((v[2] as Value[])[0], 'rc') },
            { name: 'packet', value: this.ptrView(v[1], 'rc') },
          ],
        };
      // Both ends of a channel point at its shared block (the senders' count, the receiver, the queue).
      case 'Sender':
      case 'SyncSender':
      case 'Receiver':
        return { t: 'struct', name: t.name, fields: [{ name: 'chan', value: this.ptrView(v, 'rc') }] };
      case 'Cell':
        return this.view(a0, v, depth);
      case 'Ref':
      case 'RefMut':
        return { t: 'struct', name: t.name, fields: [{ name: 'value', value: this.ptrView(v[0], t.name === 'Ref' ? 'ref' : 'mut') }, { name: 'borrow', value: this.ptrView(v[1], 'ref') }] };
      case 'Range':
        return { t: 'struct', name: 'Range', fields: [{ name: 'start', value: this.view(a0, v[0], depth + 1) }, { name: 'end', value: this.view(a0, v[1], depth + 1) }] };
      case 'RangeInclusive':
        return {
          t: 'struct',
          name: 'RangeInclusive',
          fields: [
            { name: 'start', value: this.view(a0, v[0], depth + 1) },
            { name: 'end', value: this.view(a0, v[1], depth + 1) },
            { name: 'exhausted', value: v[2] ? TRUE_VIEW : FALSE_VIEW },
          ],
        };
      default:
        return { t: 'struct', name: t.name, fields: [] };
    }
  }

  /** View of a heap block's whole content. */
  blockView(mem: Mem): ValueView {
    const t = mem.ty;
    if (t.k === 'str' && mem.cap !== -2) return { t: 'str', text: mem.v as string };
    if (t.k === 'slice' && mem.cap !== -2) {
      const el = this.intern(t.elem);
      const arr = mem.v as Value[];
      const elems: ValueView[] = new Array(Math.max(mem.cap, arr.length));
      for (let i = 0; i < elems.length; i++) elems[i] = i < arr.length ? this.view(el, arr[i], 1) : UNINIT_VIEW;
      return { t: 'array', elems };
    }
    if (mem.cap === -2) {
      // Rc block: { strong, weak, value } (an Arc's, a channel's or a thread's packet names its own).
      const rc = mem.v as Value[];
      const [name, a, b, c] = this.countedBlockNames.get(mem) ?? RC_BLOCK_NAMES;
      return { t: 'struct', name, fields: [{ name: a, value: this.intView(rc[0]) }, { name: b, value: this.intView(rc[1]) }, { name: c, value: this.view(t, rc[2], 1) }] };
    }
    return this.view(t, mem.v);
  }

  /** Emits a write of the current value at `path` in `mem` if the memory is shown. */
  touch(mem: Mem, path: readonly number[], name: string): void {
    if (!this.visible(mem)) return;
    if (path.length === 0) {
      this.emitWrite(this.placeRef(mem, path, name), mem.region === Region.Heap ? this.blockView(mem) : this.view(mem.ty, mem.v));
      return;
    }
    const w = this.walkPath(mem, path);
    const value = this.headerPtrView(mem, path) ?? this.view(w.ty, readAt(mem, path));
    const ref: PlaceRef = mem.region === Region.Stack ? { slot: mem.id, path: w.viewPath, name, addr: w.addr } : mem.region === Region.Heap ? { block: mem.id, path: w.viewPath, name, addr: w.addr } : { static: mem.id, path: w.viewPath, name, addr: w.addr };
    this.emitWrite(ref, value);
  }

  /**
   * The `ptr` field of a String, Vec, VecDeque, BinaryHeap, HashMap or HashSet header holds its buffer (a Mem, or null before the first
   * allocation), not an integer: view it as the raw pointer the whole header's view shows.
   */
  private headerPtrView(mem: Mem, path: readonly number[]): ValueView | null {
    if (path[path.length - 1] !== 0) return null;
    // An Rc block holds [strong, weak, value]: its path [0] is the strong count, not a header's pointer.
    if (path.length === 1 && mem.cap === -2) return null;
    const parent = path.length === 1 ? mem.ty : this.walkPath(mem, path.slice(0, -1)).ty;
    if (parent.k !== 'builtin' || (!VEC_HEADERS.has(parent.name) && !isTable(parent.name))) return null;
    const header = this.builtinView(parent, readAt(mem, path.slice(0, -1)), 0);
    return header.t === 'struct' ? header.fields[0].value : null;
  }

  // ------------------------------------------------------------ heap

  /** Allocates a heap block. `cap` is in elements for buffers; kind 'rc' blocks hold [strong, weak, value]. */
  /** `whole`: every byte of the block is in use from the start (a hash table's buckets and control bytes). */
  alloc(ty: Ty, value: Value, opts: { cap?: number; rc?: boolean; arc?: boolean; names?: CountedBlockNames; elemSize?: number; whole?: boolean } = NO_ALLOC_OPTS): Mem {
    const mem = new Mem(Region.Heap, ty, null);
    mem.v = value;
    mem.id = this.nextBlock++;
    let bytes: number;
    let used: number;
    if (opts.rc) {
      // { strong, weak, value }, padded to the block's alignment; a str's or a slice's bytes inline (`Rc<str>`).
      mem.cap = -2;
      const payload = (value as Value[])[2];
      const inline = ty.k === 'str' ? utf8Len(payload as string) : ty.k === 'slice' ? (payload as Value[]).length * this.sizeOf(this.intern(ty.elem)) : this.sizeOf(ty);
      bytes = Math.ceil((16 + Math.max(inline, 0)) / 8) * 8;
      used = bytes;
    } else if (ty.k === 'str') {
      mem.cap = opts.cap ?? utf8Len(value as string);
      bytes = mem.cap;
      used = utf8Len(value as string);
    } else if (ty.k === 'slice') {
      const es = this.sizeOf(this.intern(ty.elem));
      mem.cap = opts.cap ?? (value as Value[]).length;
      bytes = mem.cap * es;
      used = opts.whole ? bytes : (value as Value[]).length * es;
    } else {
      bytes = this.sizeOf(ty);
      used = bytes;
    }
    mem.size = bytes;
    mem.addr = this.heap.malloc(bytes);
    const names = opts.names ?? (opts.arc ? ARC_BLOCK_NAMES : null);
    if (names) this.countedBlockNames.set(mem, names);
    const tyName = opts.rc ? `${names?.[0] ?? 'RcBox'}<${this.tyStr(ty)}>` : this.tyStr(ty);
    this.log.heapAlloc(this.seq++, this.step, this.here(), mem.id, tyName, used, bytes, mem.addr, this.blockView(mem));
    return mem;
  }

  /** Changes a buffer's capacity (elements / bytes); the block may move. */
  realloc(mem: Mem, newCap: number): void {
    const es = mem.ty.k === 'slice' ? this.sizeOf(this.intern(mem.ty.elem)) : 1;
    const oldAddr = mem.addr;
    const newBytes = newCap * es;
    mem.addr = this.heap.realloc(mem.addr, mem.size, newBytes);
    mem.size = newBytes;
    mem.cap = newCap;
    const used = (mem.ty.k === 'str' ? utf8Len(mem.v as string) : (mem.v as Value[]).length) * es;
    this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind: 'heap_realloc', block: mem.id, size: used, cap: newBytes, addr: mem.addr, oldAddr, value: this.blockView(mem) });
  }

  free(mem: Mem): void {
    if (!mem.live) return;
    mem.live = false;
    this.heap.free(mem.addr, mem.size);
    this.log.heapFree(this.seq++, this.step, this.here(), mem.id);
  }

  // ------------------------------------------------------------ statics

  /** A `&'static str` literal: one static item per distinct text. */
  strLiteral(text: string): Ptr {
    let mem = this.strLiterals.get(text);
    if (!mem) {
      mem = new Mem(Region.Static, STR_TY, null);
      mem.v = text;
      mem.id = this.nextStatic++;
      const size = utf8Len(text);
      mem.size = size;
      mem.cap = size;
      mem.addr = this.statics.place(size, 1);
      this.strLiterals.set(text, mem);
      this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind: 'static_alloc', id: mem.id, name: JSON.stringify(text), ty: 'str', size, addr: mem.addr, value: { t: 'str', text } });
    }
    return new Ptr(mem, EMPTY_PATH, PtrKind.Ref, 0, mem.size, null, JSON.stringify(text));
  }

  /**
   * `&5`: rustc promotes a borrow of a constant expression to a static, so the reference may
   * outlive the frame (`fn five() -> &'static i32 { &5 }`, `let n = id(&3);`). A borrow only handed
   * to `println!` or an assertion keeps its temporary, as drawn before: nothing can keep it.
   */
  private isPromoted(f: Frame, dest: Place, rv: Extract<Rvalue, { k: 'ref' }>): boolean {
    if (rv.mut || rv.place.proj.length > 0 || dest.proj.length > 0) return false;
    const body = f.inst.body;
    if (!promotedTemps(body).has(rv.place.local)) return false;
    let printed = this.printedOnly.get(body);
    if (!printed) this.printedOnly.set(body, (printed = printedOnlyTemps(body)));
    return !printed.has(dest.local);
  }

  private promote(f: Frame, local: number): Ptr {
    // One per instance: `&N` in `fn f<const N: usize>` is another constant for each `N`.
    const key = `${f.inst.body.id}:${local}:${f.inst.tyArgs.map(tyKey).join(';')}`;
    let mem = this.promoted.get(key);
    if (!mem) {
      const cell = f.cells[local];
      const ty = cell.ty;
      mem = new Mem(Region.Static, ty, null);
      mem.v = cloneInline(cell.v);
      mem.id = this.nextStatic++;
      mem.size = this.sizeOf(ty);
      mem.addr = this.statics.place(mem.size, this.alignOf(ty));
      this.promoted.set(key, mem);
      this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind: 'static_alloc', id: mem.id, name: 'promoted constant', ty: this.tyStr(ty), size: mem.size, addr: mem.addr, value: this.view(ty, mem.v) });
    }
    return new Ptr(mem, EMPTY_PATH, PtrKind.Ref);
  }

  private constMem(id: number, isStatic: boolean): Mem {
    const cache = isStatic ? this.staticVals : this.constVals;
    let mem = cache.get(id);
    if (mem) return mem;
    const def = isStatic ? this.program.statics[id] : this.program.consts[id];
    const ty = this.intern(def.ty);
    const value = this.evalSilently(() => this.invoke(this.inst(this.program.fns[def.body], []), [], null));
    mem = new Mem(Region.Static, ty, def.name);
    mem.v = value;
    mem.id = this.nextStatic++;
    mem.size = this.sizeOf(ty);
    mem.addr = this.statics.place(mem.size, this.alignOf(ty));
    cache.set(id, mem);
    this.push({ seq: this.seq++, step: this.step, loc: this.here(), kind: 'static_alloc', id: mem.id, name: def.name, ty: this.tyStr(ty), size: mem.size, addr: mem.addr, value: this.view(ty, value) });
    return mem;
  }

  /**
   * Runs `fn` and forgets the events it emitted: a const or static initializer is evaluated by
   * rustc at compile time, so the program never shows a frame, a step or a slot for it.
   */
  private evalSilently<T>(fn: () => T): T {
    const mark = { events: this.log.length, seq: this.seq, step: this.step, steps: this.stepsTaken, frame: this.nextFrameId, slot: this.nextSlot, borrow: this.nextBorrow };
    const r = fn();
    // The literals and promoted constants it put in static memory stay there: the value points at them.
    const statics: MemoryEvent[] = [];
    for (let i = mark.events; i < this.log.length; i++) {
      const e = this.log.at(i)!;
      if (e.kind === 'static_alloc') statics.push(e);
    }
    this.log.truncate(mark.events);
    this.seq = mark.seq;
    this.step = mark.step;
    this.stepsTaken = mark.steps;
    this.nextFrameId = mark.frame;
    this.nextSlot = mark.slot;
    this.nextBorrow = mark.borrow;
    for (const e of statics) this.push({ ...e, seq: this.seq++, step: this.step, loc: this.here() });
    return r;
  }

  // ------------------------------------------------------------ frames

  /** Pushes a frame for `inst` with argument values; emits the call step, frame_push and the arguments' local_init. */
  pushFrame(inst: Inst, args: Value[], callSpan: Span | null, nested: boolean, what: 'call' | 'drop' = 'call'): Frame {
    const body = inst.body;
    const base = this.sp - inst.frameSize;
    if (this.stackTop - base > STACK_SIZE) throw new OverflowSignal(body.name, this.frames.length);
    const id = this.nextFrameId++;
    this.emitStep(what, this.headLoc(body.span), id);
    this.sp = base;
    const n = body.locals.length;
    const cells = new Array<Mem>(n);
    for (let i = 0; i < n; i++) {
      const decl = body.locals[i];
      const name = decl.kind === 'user' || decl.kind === 'arg' ? decl.name : null;
      const mem = new Mem(Region.Stack, inst.localTys[i], name);
      mem.addr = base + inst.localOffsets[i];
      mem.size = inst.localSizes[i];
      cells[i] = mem;
    }
    const f = new Frame(inst, cells, id, base, nested);
    this.frames.push(f);
    const callLoc = this.loc(callSpan);
    const label = this.nextFrameLabel ? `${body.name} (${this.nextFrameLabel})` : body.name;
    this.nextFrameLabel = null;
    this.log.framePush(this.seq++, this.step, this.loc(body.span), f.id, label, callLoc, base);
    for (let i = 0; i < args.length && i + 1 < n; i++) {
      const mem = cells[i + 1];
      mem.v = args[i];
      if (mem.name !== null) this.initLocal(f, i + 1);
    }
    return f;
  }

  /** Emits local_init for a named local that just got its first value. */
  initLocal(f: Frame, local: number): void {
    const mem = f.cells[local];
    mem.id = this.nextSlot++;
    const inst = f.inst;
    const loc = inst.localLocs[local] ?? (inst.localLocs[local] = this.loc(inst.body.locals[local].span));
    this.log.localInit(this.seq++, this.step, loc, f.id, mem.id, mem.name!, inst.tyStrs[local], mem.size, mem.addr, this.view(mem.ty, mem.v));
  }

  private killLocal(f: Frame, local: number): void {
    const mem = f.cells[local];
    this.endBorrowsOf(f, local);
    if (mem.id >= 0) {
      this.log.localDead(this.seq++, this.step, this.here(), mem.id);
      mem.id = -1;
    }
    mem.v = undefined;
  }

  private endBorrowsOf(f: Frame, local: number): void {
    const b = f.borrows;
    if (b === null) return;
    if (local >= 0) {
      // Most stores end no borrow: look before rewriting the list.
      let found = false;
      for (let i = 0; i < b.length; i += 2) {
        if (b[i] === local) {
          found = true;
          break;
        }
      }
      if (!found) return;
    }
    let w = 0;
    for (let i = 0; i < b.length; i += 2) {
      if (b[i] === local || local < 0) {
        this.log.borrowEnd(this.seq++, this.step, this.here(), b[i + 1]);
      } else {
        b[w++] = b[i];
        b[w++] = b[i + 1];
      }
    }
    b.length = w;
    if (w === 0) f.borrows = null;
  }

  private popFrame(f: Frame): void {
    this.endBorrowsOf(f, -1);
    // Its slots are gone: a raw pointer still holding one dangles.
    for (const c of f.cells) c.live = false;
    this.frames.pop();
    this.sp = f.base + f.inst.frameSize;
    this.log.framePop(this.seq++, this.step, this.here(), f.id);
  }

  /** Runs a user body to completion from a builtin (or the entry point) and returns its result. */
  invoke(inst: Inst, args: Value[], callSpan: Span | null, what: 'call' | 'drop' = 'call'): Value {
    const depth = this.frames.length;
    const saved = this.curSpan;
    const f = this.pushFrame(inst, args, callSpan, true, what);
    this.run(depth);
    this.curSpan = saved;
    return f.ret;
  }

  /** Executes until the frame stack is back to `depth` frames. */
  run(depth: number): void {
    const frames = this.frames;
    try {
      while (frames.length > depth) {
        const f = frames[frames.length - 1];
        const block: BasicBlock = f.inst.body.blocks[f.bb];
        // Statements never switch frames or blocks (calls from them run nested): run them all, then the terminator.
        const stmts = block.stmts;
        while (f.si < stmts.length) this.exec(f, stmts[f.si++]);
        if (++this.blocksRun > this.opts.stepLimit * BLOCKS_PER_STEP) throw new StepLimitSignal(this.opts.stepLimit);
        this.terminate(f, block.term);
      }
    } catch (e) {
      if (e instanceof PanicSignal) this.unwindTo(depth);
      throw e;
    }
  }

  /** Pops frames above `depth`, dropping their live locals in reverse order, as unwinding does. */
  private unwindTo(depth: number): void {
    while (this.frames.length > depth) {
      const f = this.frames[this.frames.length - 1];
      for (let i = f.cells.length - 1; i >= 1; i--) {
        const mem = f.cells[i];
        if (!isInit(mem.v) || !this.needsDrop(mem.ty)) continue;
        try {
          this.dropPlace(mem, EMPTY_PATH, mem.ty, mem.name ?? '_');
        } catch (e) {
          if (e instanceof PanicSignal) this.panicInCleanup();
          throw e;
        }
        mem.v = undefined;
      }
      this.popFrame(f);
    }
  }

  // ------------------------------------------------------------ statements

  private exec(f: Frame, s: Statement): void {
    switch (s.k) {
      case 'step':
        this.curSpan = s.span;
        this.emitStep(s.return ? 'return' : 'stmt', this.loc(s.span));
        return;
      case 'assign':
        this.curSpan = s.span;
        this.assign(f, s.place, s.rvalue);
        return;
      case 'storageLive': {
        const mem = f.cells[s.local];
        if (mem.id >= 0 || mem.v !== undefined) this.killLocal(f, s.local);
        return;
      }
      case 'storageDead':
        this.curSpan = s.span;
        this.killLocal(f, s.local);
        return;
      case 'fakeRead':
        return;
    }
  }

  private assign(f: Frame, place: Place, rv: Rvalue): void {
    if (rv.k === 'use' && rv.op.k !== 'const' && !isSubslice(rv.op.place)) {
      this.assignUse(f, place, rv.op);
      return;
    }
    if (rv.k === 'ref' && this.isPromoted(f, place, rv)) {
      this.store(f, place, this.promote(f, rv.place.local));
      return;
    }
    const value = this.rvalue(f, rv, place);
    this.store(f, place, value);
    if (rv.k === 'ref') this.noteBorrow(f, place, rv, value);
    else if (rv.k === 'aggregate' && f.borrows !== null) {
      // `Employee { name: &s, .. }`: the struct holds the borrows its fields' temporaries held.
      for (const op of rv.ops) if (op.k !== 'const' && op.place.proj.length === 0) this.passBorrows(f, op.place.local, place);
    }
  }

  /** `place = move/copy src`: one move/copy event carries the value when the destination is shown already. */
  private assignUse(f: Frame, place: Place, op: Operand & { place: Place }): void {
    const src = this.resolve(f, op.place);
    const info = this.placeInfo(f, op.place);
    const v = readAt(src.mem, src.path);
    const copy = op.k === 'copy' || info.copy;
    const srcShown = this.visible(src.mem);
    let dst: PlaceLoc | null = null;
    if (place.proj.length === 0) {
      const mem = f.cells[place.local];
      if (mem.id >= 0) dst = new PlaceLoc(mem, EMPTY_PATH);
    } else {
      const d = this.resolve(f, place);
      if (this.visible(d.mem) && (d.mem.region !== Region.Stack || d.mem.id >= 0)) dst = d;
    }
    if (srcShown) {
      const from = this.placeRef(src.mem, src.path, info.name ?? this.spellPlace(f, op.place, info.tys));
      const to = dst ? this.placeRef(dst.mem, dst.path, this.placeName(f, place)) : null;
      this.log.moveOrCopy(!copy, this.seq++, this.step, this.here(), from, to, info.tyStr);
    }
    if (!copy) writeAt(src.mem, src.path, MOVED);
    const value = copy ? cloneInline(v) : v;
    if (dst && srcShown) {
      // The move/copy event already carried the value.
      if (place.proj.length === 0) this.endBorrowsOf(f, place.local);
      writeAt(dst.mem, dst.path, value);
    } else this.store(f, place, value);
    if (f.borrows !== null && op.place.proj.length === 0) this.passBorrows(f, op.place.local, place);
  }

  /**
   * The borrows a temporary holds go with its value (`v.push(1)` borrows `v` into a temporary the
   * call takes): to `dest`'s local when that may hold a reference (`let r = map.get(k)`), else they
   * end there, as nothing can use them any more. A named variable's borrows end when it dies.
   */
  private passBorrows(f: Frame, from: number, dest: Place): void {
    const b = f.borrows;
    if (b === null || f.cells[from].name !== null || from === dest.local) return;
    let held = false;
    for (let i = 0; i < b.length; i += 2) {
      if (b[i] === from) {
        held = true;
        break;
      }
    }
    if (!held) return;
    if (this.mayHoldBorrow(this.placeTy(f, dest))) {
      for (let i = 0; i < b.length; i += 2) if (b[i] === from) b[i] = dest.local;
    } else this.endBorrowsOf(f, from);
  }

  private readonly borrowHolders = new Map<Ty, boolean>();
  /** Whether a value of this type may hold a reference (and so keep a borrow alive). */
  private mayHoldBorrow(t: Ty): boolean {
    let r = this.borrowHolders.get(t);
    if (r === undefined) {
      this.borrowHolders.set(t, true); // recursive types: assume yes while looking
      r = this.computeMayHoldBorrow(t);
      this.borrowHolders.set(t, r);
    }
    return r;
  }
  private computeMayHoldBorrow(t: Ty): boolean {
    switch (t.k) {
      case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'fndef': case 'fnptr':
        return false;
      case 'tuple':
        return t.elems.some((e) => this.mayHoldBorrow(this.intern(e)));
      case 'array': case 'slice':
        return this.mayHoldBorrow(this.intern(t.elem));
      case 'adt': {
        const def = this.adt(t.adt);
        return def.lifetimes.length > 0 || def.variants.some((_, vi) => this.fieldTys(def, vi, t.args).some((x) => this.mayHoldBorrow(this.intern(x))));
      }
      case 'builtin':
        return lendsBorrow(t.name) || t.args.some((x) => this.mayHoldBorrow(this.intern(x)));
      default:
        return true; // references, closures, trait objects, params: they may
    }
  }

  /** Writes a value to a place and emits local_init / write as needed. */
  store(f: Frame, place: Place, value: Value): void {
    if (place.proj.length === 0) {
      const mem = f.cells[place.local];
      if (f.borrows !== null) this.endBorrowsOf(f, place.local);
      mem.v = value;
      if (mem.id >= 0) this.emitWrite(this.placeRef(mem, EMPTY_PATH, mem.name!), this.view(mem.ty, value));
      else if (mem.name !== null) this.initLocal(f, place.local);
      return;
    }
    const loc = this.resolve(f, place);
    writeAt(loc.mem, loc.path, value);
    const mem = loc.mem;
    if (mem.region === Region.Stack && mem.id < 0) {
      if (mem.name !== null && mem === f.cells[place.local]) this.initLocal(f, place.local);
      return;
    }
    if (this.visible(mem)) this.touch(mem, loc.path, this.placeName(f, place));
  }

  private noteBorrow(f: Frame, place: Place, rv: Extract<Rvalue, { k: 'ref' }>, value: Value): void {
    const of = this.resolve(f, rv.place);
    if (!this.visible(of.mem)) return;
    const holder = f.cells[place.local];
    const id = this.nextBorrow++;
    const ofRef = this.placeRef(of.mem, of.path, this.placeName(f, rv.place));
    const ofAddr = value instanceof Ptr ? this.ptrAddr(value) : ofRef.addr;
    const into = holder.id >= 0 ? this.placeRef(holder, EMPTY_PATH, holder.name!) : null;
    this.log.borrow(this.seq++, this.step, this.here(), id, rv.mut, ofAddr === ofRef.addr ? ofRef : { ...ofRef, addr: ofAddr }, into);
    if (f.borrows === null) f.borrows = [];
    f.borrows.push(place.local, id);
  }

  // ------------------------------------------------------------ places

  /** Types along a place's projections: tys[0] is the local's, tys[i+1] after projection i. */
  placeTys(f: Frame, place: Place): Ty[] {
    return this.placeInfo(f, place).tys;
  }

  /** The place's types, constant path and name, computed once per instantiated body. */
  placeInfo(f: Frame, place: Place): PlaceInfo {
    const inst = f.inst;
    if (place.proj.length === 0) return inst.rootInfos[place.local] ?? this.rootInfo(inst, place.local);
    let info = inst.placeInfos.get(place);
    if (info) return info;
    const tys = [inst.localTys[place.local]];
    let variant = 0;
    for (const p of place.proj) {
      const t = tys[tys.length - 1];
      let next: Ty;
      switch (p.k) {
        case 'deref':
          next = this.derefTy(t);
          break;
        case 'field':
          next = this.fieldTy(t, p.index, variant);
          break;
        case 'index':
        case 'constIndex':
          next = t.k === 'array' || t.k === 'slice' ? this.intern(t.elem) : t;
          break;
        case 'subslice':
          next = t;
          break;
        case 'downcast':
          variant = p.variant;
          next = t;
          break;
      }
      tys.push(next);
    }
    // Fields and downcasts only: the path inside the local's cell is the same on every execution.
    let path: number[] | null = [];
    let isEnum = false;
    for (let i = 0; i < place.proj.length; i++) {
      const p = place.proj[i];
      if (p.k === 'field') {
        path.push(isEnum || isEnumTy(tys[i]) ? p.index + 1 : p.index);
        isEnum = false;
      } else if (p.k === 'downcast') {
        isEnum = true;
      } else {
        path = null;
        break;
      }
    }
    const ty = tys[tys.length - 1];
    const name = place.proj.some((p) => p.k === 'index') ? null : this.spellPlace(f, place, tys);
    info = new PlaceInfo(tys, ty, this.isCopy(ty), this.tyStr(ty), path === null ? null : path.length === 0 ? EMPTY_PATH : Object.freeze(path), name);
    inst.placeInfos.set(place, info);
    return info;
  }

  private rootInfo(inst: Inst, local: number): PlaceInfo {
    const ty = inst.localTys[local];
    const info = new PlaceInfo([ty], ty, this.isCopy(ty), inst.tyStrs[local], EMPTY_PATH, inst.body.locals[local].name ?? '_');
    inst.rootInfos[local] = info;
    return info;
  }

  placeTy(f: Frame, place: Place): Ty {
    if (place.proj.length === 0) return f.inst.localTys[place.local];
    return this.placeInfo(f, place).ty;
  }

  private readonly derefTys = new Map<Ty, Ty>();
  derefTy(t: Ty): Ty {
    let r = this.derefTys.get(t);
    if (r === undefined) {
      r = this.computeDerefTy(t);
      this.derefTys.set(t, r);
    }
    return r;
  }

  private computeDerefTy(t: Ty): Ty {
    if (t.k === 'ref' || t.k === 'ptr') return this.intern(t.inner);
    if (t.k === 'builtin') {
      switch (t.name) {
        case 'String':
          return STR_TY;
        case 'BinaryHeap':
        case 'VecDeque':
        case 'Vec':
          return this.intern({ k: 'slice', elem: t.args[0] });
        default:
          return this.intern(t.args[0]);
      }
    }
    return t;
  }

  fieldTy(t: Ty, index: number, variant: number): Ty {
    switch (t.k) {
      case 'tuple':
        return this.intern(t.elems[index]);
      case 'closure':
        return this.intern(t.captures[index]);
      case 'adt': {
        const def = this.adt(t.adt);
        return this.intern(this.fieldTys(def, def.kind === 'struct' ? 0 : variant, t.args)[index]);
      }
      case 'builtin':
        if (t.name === 'Result') return this.intern(t.args[variant] ?? t.args[0]);
        if (t.name === 'RangeInclusive' && index === 2) return BOOL_TY;
        if (isCellLike(t.name) && index === 0) return USIZE;
        return this.intern(t.args[0]);
      default:
        return t;
    }
  }

  resolve(f: Frame, place: Place): PlaceLoc {
    const cell = f.cells[place.local];
    const proj = place.proj;
    if (proj.length === 0) return ((cell.rootLoc as PlaceLoc | undefined) ?? (cell.rootLoc = new PlaceLoc(cell, EMPTY_PATH)) as PlaceLoc);
    const info = this.placeInfo(f, place);
    if (info.path !== null) return new PlaceLoc(cell, info.path);
    const tys = info.tys;
    let mem = cell;
    let path: number[] | readonly number[] = EMPTY_PATH;
    let owned = false;
    let off = -1;
    let len = -1;
    let dyn: Ty | null = null;
    let isEnum = false;
    for (let i = 0; i < proj.length; i++) {
      const p = proj[i];
      const t = tys[i];
      switch (p.k) {
        case 'deref': {
          const v = readAt(mem, path);
          const r = this.derefValue(t, v);
          mem = r.mem;
          path = r.path;
          owned = false;
          off = r.off;
          len = r.len;
          dyn = r.dyn;
          isEnum = false;
          break;
        }
        case 'field': {
          if (!owned) {
            path = path.slice();
            owned = true;
          }
          (path as number[]).push(isEnum || isEnumTy(t) ? p.index + 1 : p.index);
          isEnum = false;
          dyn = null;
          break;
        }
        case 'downcast':
          isEnum = true;
          break;
        case 'index':
        case 'constIndex': {
          let idx: number;
          if (p.k === 'index') idx = Number(f.cells[p.local].v);
          else {
            const n = off >= 0 ? len : t.k === 'array' ? fixedLen(t) : (readAt(mem, path) as Value[]).length;
            idx = p.fromEnd ? n - p.offset : p.offset;
          }
          if (!owned) {
            path = path.slice();
            owned = true;
          }
          (path as number[]).push(off >= 0 ? off + idx : idx);
          off = -1;
          len = -1;
          break;
        }
        case 'subslice': {
          // Still a view of the same elements, narrowed at both ends.
          const n = off >= 0 ? len : t.k === 'array' ? fixedLen(t) : (readAt(mem, path) as Value[]).length;
          off = (off >= 0 ? off : 0) + p.from;
          len = n - p.from - p.to;
          break;
        }
      }
    }
    return new PlaceLoc(mem, path, off, len, dyn);
  }

  /** Follows a pointer-like value of type `t` to its pointee. */
  derefValue(t: Ty, v: Value): PlaceLoc {
    if (t.k === 'ptr') this.checkRawDeref(v);
    if (v instanceof Ptr) {
      // The value sits after the counts; an `Rc<[T]>` made from an `Rc<[T; N]>` keeps its length in the pointer.
      if (t.k === 'builtin' && (isCounted(t.name) || t.name === 'Weak')) return new PlaceLoc(v.mem, [...v.path, 2], v.len >= 0 ? 0 : -1, v.len >= 0 ? v.len : -1, v.dyn);
      return (v.loc ??= new PlaceLoc(v.mem, v.path, v.off, v.len, v.dyn));
    }
    if (t.k === 'builtin') {
      if (t.name === 'String' || t.name === 'Vec' || t.name === 'VecDeque' || t.name === 'BinaryHeap') {
        const buf = v[0] as Mem | null;
        return new PlaceLoc(buf ?? this.dangling, EMPTY_PATH, 0, v[2] as number);
      }
      if (isGuard(t.name) && Array.isArray(v)) {
        const p = v[0] as Ptr;
        return new PlaceLoc(p.mem, p.path, p.off, p.len);
      }
    }
    throw new Error(`cannot dereference a value of type ${this.tyStr(t)}`);
  }

  /** A raw pointer about to be followed: where a real run would be undefined behaviour, the run stops (as Miri does). */
  checkRawDeref(v: Value): void {
    if (!(v instanceof Ptr)) this.stuck(`undefined behaviour: ${Number(v ?? 0) === 0 ? 'null pointer dereference' : 'dereference of a pointer made from an integer'}`);
    // A pointer to a byte of a string's text (`s.as_ptr()`): memviz keeps text as text, not bytes.
    if (v.off >= 0 && v.len < 0) this.stuck('not supported yet: reading the bytes of a string through a raw pointer');
    if (!v.mem.live) this.stuck(`undefined behaviour: dereference of a dangling pointer (its ${v.mem.region === Region.Heap ? 'heap block was freed' : 'stack frame is gone'})`);
    if (v.path.length > 0) {
      const whole = readAt(v.mem, v.path.slice(0, -1));
      const i = v.path[v.path.length - 1];
      if (Array.isArray(whole) && (i < 0 || i >= whole.length)) this.stuck('undefined behaviour: dereference of a pointer out of bounds of its allocation');
    }
  }

  /** How the program spells a place: "john.bonus", "v[2]", "*b". */
  placeName(f: Frame, place: Place): string {
    if (place.proj.length === 0) return f.inst.body.locals[place.local].name ?? '_';
    const info = this.placeInfo(f, place);
    return info.name ?? this.spellPlace(f, place, info.tys);
  }

  private spellPlace(f: Frame, place: Place, tys: readonly Ty[]): string {
    const decl = f.inst.body.locals[place.local];
    let s = decl.name ?? '_';
    let variant = 0;
    for (let i = 0; i < place.proj.length; i++) {
      const p = place.proj[i];
      const t = tys[i];
      switch (p.k) {
        case 'deref': {
          const next = place.proj[i + 1];
          if (!next || (next.k !== 'field' && next.k !== 'index' && next.k !== 'constIndex' && next.k !== 'subslice')) s = `*${s}`;
          break;
        }
        case 'field':
          s += `.${this.fieldName(t, p.index, variant)}`;
          break;
        case 'downcast':
          variant = p.variant;
          break;
        case 'index':
          s += `[${String(f.cells[p.local].v)}]`;
          break;
        case 'constIndex':
          s += p.fromEnd ? `[len-${p.offset}]` : `[${p.offset}]`;
          break;
        case 'subslice':
          s += `[${p.from}..${p.to ? `len-${p.to}` : ''}]`;
          break;
      }
    }
    return s;
  }

  private fieldName(t: Ty, index: number, variant: number): string {
    if (t.k === 'adt') {
      const def = this.adt(t.adt);
      return def.variants[def.kind === 'struct' ? 0 : variant]?.fields[index]?.name ?? String(index);
    }
    if (t.k === 'closure') return this.program.fns[t.fn]?.captures?.[index]?.name ?? String(index);
    return String(index);
  }

  // ------------------------------------------------------------ operands and rvalues

  operandTy(f: Frame, op: Operand): Ty {
    if (op.k === 'const') {
      let t = f.inst.operandTys.get(op);
      if (!t) {
        t = f.inst.subst(op.ty);
        f.inst.operandTys.set(op, t);
      }
      return t;
    }
    return this.placeTy(f, op.place);
  }

  operand(f: Frame, op: Operand): Value {
    if (op.k === 'const') return this.constValue(f, op.value, this.operandTy(f, op));
    const loc = this.resolve(f, op.place);
    const info = this.placeInfo(f, op.place);
    // `tail @ ..` of an array by value: the elements of the view, as an array of their own.
    if (loc.off >= 0 && isSubslice(op.place)) return this.subarray(f, op, loc, info);
    const v = readAt(loc.mem, loc.path);
    const copy = op.k === 'copy' || info.copy;
    if (this.visible(loc.mem)) {
      const from = this.placeRef(loc.mem, loc.path, info.name ?? this.spellPlace(f, op.place, info.tys));
      this.log.moveOrCopy(!copy, this.seq++, this.step, this.here(), from, null, info.tyStr);
    }
    if (copy) return cloneInline(v);
    writeAt(loc.mem, loc.path, MOVED);
    return v;
  }

  private subarray(f: Frame, op: Extract<Operand, { k: 'copy' | 'move' }>, loc: PlaceLoc, info: ReturnType<Machine['placeInfo']>): Value {
    const whole = readAt(loc.mem, loc.path) as Value[];
    const copy = op.k === 'copy' || info.copy;
    if (this.visible(loc.mem)) {
      const from = this.placeRef(loc.mem, loc.path, info.name ?? this.spellPlace(f, op.place, info.tys));
      this.log.moveOrCopy(!copy, this.seq++, this.step, this.here(), from, null, info.tyStr);
    }
    const out: Value[] = [];
    for (let i = loc.off; i < loc.off + loc.len; i++) {
      out.push(copy ? cloneInline(whole[i]) : whole[i]);
      if (!copy) whole[i] = MOVED;
    }
    return out;
  }

  constValue(f: Frame, c: ConstValue, ty: Ty): Value {
    switch (c.k) {
      case 'int':
        if (ty.k === 'float') return Number(c.value);
        return I.norm(c.value);
      case 'float':
        return ty.k === 'float' && ty.float === 'f32' ? Math.fround(c.value) : c.value;
      case 'bool':
        return c.value;
      case 'char':
        return c.value.codePointAt(0) ?? 0;
      case 'str':
        return this.strLiteral(c.value);
      case 'unit':
        return UNIT_VALUE;
      case 'fn':
        return new FnVal(c.fn, c.tyArgs.map((t) => f.inst.subst(t)));
      case 'constItem':
        return cloneInline(this.constMem(c.id, false).v);
      case 'assocConst':
        return cloneInline(this.constMem(this.assocConstId(c.trait, c.name, f.inst.subst(c.selfTy)), false).v);
      case 'constParam':
        return I.norm(this.constArg(f, c.param));
      case 'fmt':
        return c;
    }
  }

  /** The value a const generic parameter (`N`) has in the frame's instance. */
  private constArg(f: Frame, param: Ty): bigint {
    const t = f.inst.subst(param);
    if (t.k !== 'const') throw new Error(`memviz: const parameter ${this.tyStr(param)} without a value`);
    return t.value;
  }

  private rvalue(f: Frame, rv: Rvalue, dest: Place): Value {
    switch (rv.k) {
      case 'use':
        return this.operand(f, rv.op);
      case 'ref': {
        const loc = this.resolve(f, rv.place);
        const kind = rv.mut ? PtrKind.Mut : PtrKind.Ref;
        const name = loc.mem.region === Region.Stack && loc.path.length === 0 ? (loc.mem.name ?? '') : '';
        return new Ptr(loc.mem, loc.path, kind, loc.off, loc.len, loc.dyn, name);
      }
      case 'staticRef': {
        const mem = this.constMem(rv.id, true);
        const t = mem.ty;
        if (t.k === 'ref' && mem.v instanceof Ptr) return new Ptr(mem, EMPTY_PATH, rv.mut ? PtrKind.Mut : PtrKind.Ref);
        return new Ptr(mem, EMPTY_PATH, rv.mut ? PtrKind.Mut : PtrKind.Ref);
      }
      case 'binary':
        return this.binary(f, rv);
      case 'unary':
        return this.unary(f, rv);
      case 'aggregate':
        return this.aggregate(f, rv);
      case 'cast':
        return this.cast(f, rv.op, f.inst.subst(rv.to));
      case 'coerce':
        return this.coerce(f, rv.op, f.inst.subst(rv.to));
      case 'discriminant': {
        const loc = this.resolve(f, rv.place);
        const v = readAt(loc.mem, loc.path);
        return Array.isArray(v) ? v[0] : 0;
      }
      case 'len': {
        const loc = this.resolve(f, rv.place);
        if (loc.off >= 0) return loc.len;
        const t = this.placeTy(f, rv.place);
        if (t.k === 'array') return fixedLen(t);
        const v = readAt(loc.mem, loc.path);
        return Array.isArray(v) ? v.length : 0;
      }
      case 'repeat': {
        const v = this.operand(f, rv.op);
        const count = typeof rv.count === 'number' ? rv.count : Number(this.constArg(f, rv.count));
        const out = new Array(count);
        for (let i = 0; i < count; i++) out[i] = cloneInline(v);
        return out;
      }
    }
    void dest;
  }

  private aggregate(f: Frame, rv: Extract<Rvalue, { k: 'aggregate' }>): Value {
    const vals = rv.ops.map((op) => this.operand(f, op));
    const kind = rv.kind;
    switch (kind.k) {
      case 'tuple':
        return vals.length === 0 ? UNIT_VALUE : vals;
      case 'array':
        return vals;
      case 'closure':
        // Made in a generic body: its own body needs that body's type arguments wherever it is called
        // (`fn apply<F: Fn(i32)>(f: F) -> impl Fn(i32) { move |x| f(x) }`, called from main).
        if (f.inst.tyArgs.length > 0) CLOSURE_ARGS.set(vals, f.inst.tyArgs);
        return vals;
      case 'adt':
        return this.adt(kind.adt).kind === 'struct' ? vals : [kind.variant, ...vals];
      case 'builtin': {
        const t = kind.ty;
        if (t.k === 'builtin' && (t.name === 'Range' || t.name === 'RangeInclusive')) {
          return rangeValue(t.name, kind.variant, vals);
        }
        return [kind.variant, ...vals];
      }
    }
  }

  binary(f: Frame, rv: Extract<Rvalue, { k: 'binary' }>): Value {
    const a = this.operand(f, rv.left);
    const b = this.operand(f, rv.right);
    const ty = f.inst.subst(rv.ty);
    // `acc + x` in a body generic over `T: Add<Output = T>`: at run time T is a program's type, whose impl does it.
    if (ty.k === 'adt' || ty.k === 'ref') {
      const user = this.userOperator(rv.op, ty, this.operandTy(f, rv.right));
      if (user) return this.invoke(user, [a, b], this.curSpan);
    }
    return this.binop(rv.op, ty, a, b);
  }

  /** The program's impl of an arithmetic operator trait for `left`, the one whose right operand is `right`. */
  private userOperator(op: string, left: Ty, right: Ty): Inst | null {
    const trait = OPERATOR_TRAIT[op];
    if (!trait) return null;
    for (const impl of this.program.impls) {
      if (impl.trait !== trait) continue;
      const bind = new Map<string, Ty>();
      if (!matchTy(impl.selfTy, left, bind)) continue;
      const fnId = impl.methods.get(trait.toLowerCase());
      const body = fnId === undefined ? undefined : this.program.fns[fnId];
      if (!body || !matchTy(body.locals[2]?.ty ?? left, right, bind)) continue;
      return this.inst(body, this.bodyTyArgs(body, impl.typeParams, bind, left, []));
    }
    return null;
  }

  binop(op: string, ty: Ty, a: Value, b: Value): Value {
    // Raw pointers compare by address.
    if (ty.k === 'ptr') return this.binop(op, USIZE, this.rawAddr(a), this.rawAddr(b));
    if (ty.k === 'int') {
      const info = I.intInfo(ty.int);
      let r: I.IntVal | null;
      switch (op) {
        case 'add':
          r = I.checkedAdd(info, a, b);
          if (r === null) this.panic('attempt to add with overflow', undefined, true);
          return r;
        case 'sub':
          r = I.checkedSub(info, a, b);
          if (r === null) this.panic('attempt to subtract with overflow', undefined, true);
          return r;
        case 'mul':
          r = I.checkedMul(info, a, b);
          if (r === null) this.panic('attempt to multiply with overflow', undefined, true);
          return r;
        case 'div':
          if (I.isZero(b)) this.panic('attempt to divide by zero', undefined, true);
          r = I.checkedDiv(info, a, b);
          if (r === null) this.panic('attempt to divide with overflow', undefined, true);
          return r;
        case 'rem':
          if (I.isZero(b)) this.panic('attempt to calculate the remainder with a divisor of zero', undefined, true);
          r = I.checkedRem(info, a, b);
          if (r === null) this.panic('attempt to calculate the remainder with overflow', undefined, true);
          return r;
        case 'bitAnd':
          return I.bitAnd(info, a, b);
        case 'bitOr':
          return I.bitOr(info, a, b);
        case 'bitXor':
          return I.bitXor(info, a, b);
        case 'shl':
          r = I.shl(info, a, b);
          if (r === null) this.panic('attempt to shift left with overflow', undefined, true);
          return r;
        case 'shr':
          r = I.shr(info, a, b);
          if (r === null) this.panic('attempt to shift right with overflow', undefined, true);
          return r;
        default:
          return cmpResult(op, I.compareInt(a, b));
      }
    }
    if (ty.k === 'float') {
      const f32 = ty.float === 'f32';
      const fr = (x: number) => (f32 ? Math.fround(x) : x);
      switch (op) {
        case 'add':
          return fr(a + b);
        case 'sub':
          return fr(a - b);
        case 'mul':
          return fr(a * b);
        case 'div':
          return fr(a / b);
        case 'rem':
          return fr(a % b);
        case 'eq':
          return a === b;
        case 'ne':
          return a !== b;
        case 'lt':
          return a < b;
        case 'le':
          return a <= b;
        case 'gt':
          return a > b;
        case 'ge':
          return a >= b;
      }
    }
    if (ty.k === 'bool') {
      switch (op) {
        case 'bitAnd':
          return a && b;
        case 'bitOr':
          return a || b;
        case 'bitXor':
          return a !== b;
      }
    }
    if (op === 'add' && ty.k === 'builtin' && ty.name === 'String') return this.hooks.concatString(this, a, b);
    switch (op) {
      case 'eq':
        return this.hooks.valueEq(this, ty, a, b);
      case 'ne':
        return !this.hooks.valueEq(this, ty, a, b);
      default: {
        const c = this.hooks.valueCmp(this, ty, a, b);
        if (c === null) return false;
        return cmpResult(op, c);
      }
    }
  }

  private unary(f: Frame, rv: Extract<Rvalue, { k: 'unary' }>): Value {
    const v = this.operand(f, rv.operand);
    const ty = f.inst.subst(rv.ty);
    if (rv.op === 'not') {
      if (ty.k === 'bool') return !v;
      if (ty.k === 'int') return I.bitNot(I.intInfo(ty.int), v);
      return !v;
    }
    if (ty.k === 'float') return -v;
    if (ty.k === 'int') {
      const r = I.checkedNeg(I.intInfo(ty.int), v);
      if (r === null) this.panic('attempt to negate with overflow', undefined, true);
      return r;
    }
    return v;
  }

  cast(f: Frame, op: Operand, to: Ty): Value {
    const from = this.operandTy(f, op);
    const v = this.operand(f, op);
    return this.castValue(v, from, to);
  }

  castValue(v: Value, from: Ty, to: Ty): Value {
    // A reference or a pointer becomes a raw pointer to the same place; an integer, that address.
    if (to.k === 'ptr') return v instanceof Ptr ? v : Number(v);
    if (from.k === 'ptr' && to.k === 'int') return I.wrapInt(I.intInfo(to.int), this.rawAddr(v));
    if (to.k === 'int') {
      const info = I.intInfo(to.int);
      if (from.k === 'float') return I.floatToInt(info, v);
      if (from.k === 'bool') return v ? 1 : 0;
      if (from.k === 'char') return I.wrapInt(info, v);
      if (from.k === 'adt') {
        const def = this.adt(from.adt);
        const d = def.variants[Array.isArray(v) ? v[0] : 0]?.discriminant ?? 0n;
        return I.wrapInt(info, I.norm(d));
      }
      return I.wrapInt(info, v);
    }
    if (to.k === 'float') {
      const n = from.k === 'float' ? v : I.intToFloat(v);
      return to.float === 'f32' ? Math.fround(n) : n;
    }
    if (to.k === 'char') return Number(v);
    if (to.k === 'bool') return !!v;
    return v;
  }

  private coerce(f: Frame, op: Operand, to: Ty): Value {
    const from = this.operandTy(f, op);
    const v = this.operand(f, op);
    if (to.k === 'fnptr') {
      if (v instanceof FnVal) return v;
      if (from.k === 'closure') return new FnVal(from.fn, from.tyArgs ?? (Array.isArray(v) ? CLOSURE_ARGS.get(v) : undefined) ?? []);
      if (from.k === 'fndef') return new FnVal(from.fn, from.args);
      return v;
    }
    if (v instanceof Ptr) {
      const inner = to.k === 'ref' ? to.inner : to.k === 'builtin' ? to.args[0] : null;
      const fromInner = from.k === 'ref' ? from.inner : from.k === 'builtin' ? from.args[0] : null;
      // Trait upcasting (`&dyn Car` as `&dyn Vehicle`): the vtable stays the concrete type's.
      if (inner && inner.k === 'dyn' && fromInner?.k === 'dyn') return to.k === 'ref' && !to.mut && v.kind === PtrKind.Mut ? v.withKind(PtrKind.Ref) : v;
      if (inner && inner.k === 'dyn' && fromInner) return v.withDyn(this.intern(fromInner));
      if (inner && inner.k === 'slice' && fromInner && fromInner.k === 'array') return new Ptr(v.mem, v.path, v.kind, 0, fixedLen(fromInner), null, v.name);
      if (to.k === 'ref' && !to.mut && v.kind === PtrKind.Mut) return v.withKind(PtrKind.Ref);
    }
    return v;
  }

  // ------------------------------------------------------------ terminators

  private terminate(f: Frame, t: Terminator): void {
    switch (t.k) {
      case 'goto':
        f.bb = t.target;
        f.si = 0;
        return;
      case 'switch': {
        const v = this.operand(f, t.discr);
        let target = t.otherwise;
        let nums = f.inst.switchKeys[f.bb];
        if (nums === undefined) {
          nums = t.values.every((x) => x >= -9007199254740991n && x <= 9007199254740991n) ? t.values.map((x) => Number(x)) : null;
          f.inst.switchKeys[f.bb] = nums;
        }
        if (nums !== null && typeof v !== 'bigint') {
          const key = typeof v === 'boolean' ? (v ? 1 : 0) : v;
          for (let i = 0; i < nums.length; i++) {
            if (nums[i] === key) {
              target = t.targets[i];
              break;
            }
          }
        } else {
          const key = typeof v === 'boolean' ? (v ? 1n : 0n) : typeof v === 'bigint' ? v : BigInt(v);
          for (let i = 0; i < t.values.length; i++) {
            if (t.values[i] === key) {
              target = t.targets[i];
              break;
            }
          }
        }
        f.bb = target;
        f.si = 0;
        return;
      }
      case 'return':
        this.curSpan = t.span;
        this.doReturn(f);
        return;
      case 'call':
        this.curSpan = t.span;
        this.call(f, t);
        return;
      case 'drop': {
        this.curSpan = t.span;
        const loc = this.resolve(f, t.place);
        const ty = this.placeTy(f, t.place);
        const v = readAt(loc.mem, loc.path);
        if (isInit(v) && this.needsDrop(ty)) {
          this.dropPlace(loc.mem, loc.path, ty, this.placeName(f, t.place));
          writeAt(loc.mem, loc.path, undefined);
        }
        f.bb = t.target;
        f.si = 0;
        return;
      }
      case 'assert': {
        this.curSpan = t.span;
        const c = this.operand(f, t.cond);
        if (!!c !== t.expected) this.panic(this.assertMessage(f, t.msg), this.assertLocation(f, t), t.msg.k !== 'bounds');
        f.bb = t.target;
        f.si = 0;
        return;
      }
      case 'unreachable':
        this.curSpan = t.span;
        this.panic('internal error: entered unreachable code', undefined, true);
    }
  }

  private assertMessage(f: Frame, msg: AssertMsg): string {
    switch (msg.k) {
      case 'bounds':
        return `index out of bounds: the len is ${String(this.operand(f, msg.len))} but the index is ${String(this.operand(f, msg.index))}`;
      case 'divByZero':
        return 'attempt to divide by zero';
      case 'remByZero':
        return 'attempt to calculate the remainder with a divisor of zero';
      case 'overflow':
        return OVERFLOW_MESSAGES[msg.op] ?? 'attempt to compute with overflow';
    }
  }

  /** Vec/String indexing goes through the `Index` trait, whose panics rustc locates at the `[`. */
  private assertLocation(f: Frame, t: Extract<Terminator, { k: 'assert' }>): string | undefined {
    if (t.msg.k !== 'bounds' || t.msg.len.k === 'const') return undefined;
    const lenLocal = t.msg.len.place.local;
    for (const b of f.inst.body.blocks) {
      for (const s of b.stmts) {
        if (s.k === 'assign' && s.place.local === lenLocal && s.place.proj.length === 0 && s.rvalue.k === 'len') {
          const p = s.rvalue.place;
          if (p.proj.length > 0 && p.proj[p.proj.length - 1].k === 'deref') {
            const tys = this.placeTys(f, p);
            const base = tys[tys.length - 2];
            if (base.k === 'builtin' && (base.name === 'Vec' || base.name === 'String')) return this.bracketLocation(t.span);
          }
        }
      }
    }
    return undefined;
  }

  bracketLocation(span: Span): string | undefined {
    const src = this.program.source;
    const text = src.slice(span.start, span.end);
    if (!text.endsWith(']')) return undefined;
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i];
      if (c === ']') depth++;
      else if (c === '[') {
        depth--;
        if (depth === 0) return this.locationAt(span.start + i);
      }
    }
    return undefined;
  }

  /** "file.rs:line:col" of a source offset. */
  locationAt(offset: number): string {
    const src = this.program.source;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < src.length; i++) {
      if (src.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    let col = 1;
    for (let i = lineStart; i < offset; i++) {
      const c = src.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return `${this.opts.fileName}:${line}:${col}`;
  }

  spanLocation(span: Span | null): string {
    if (!span) return `${this.opts.fileName}:1:1`;
    return `${this.opts.fileName}:${span.line}:${span.col}`;
  }

  /** For #[track_caller] methods (`x.unwrap()`): rustc points at the method name. */
  methodLocation(span: Span | null): string {
    if (!span) return this.spanLocation(span);
    const src = this.program.source;
    const text = src.slice(span.start, span.end);
    if (!text.endsWith(')')) return this.spanLocation(span);
    let depth = 0;
    let open = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i];
      if (c === ')') depth++;
      else if (c === '(') {
        depth--;
        if (depth === 0) {
          open = i;
          break;
        }
      }
    }
    if (open <= 0) return this.spanLocation(span);
    let j = open;
    // Skip a turbofish `::<...>`.
    if (text[j - 1] === '>') {
      let d = 0;
      for (j = j - 1; j >= 0; j--) {
        if (text[j] === '>') d++;
        else if (text[j] === '<' && --d === 0) break;
      }
      if (text.slice(j - 2, j) === '::') j -= 2;
    }
    let k = j;
    while (k > 0 && /[A-Za-z0-9_]/.test(text[k - 1])) k--;
    let d = k;
    while (d > 0 && /\s/.test(text[d - 1])) d--;
    if (d > 0 && text[d - 1] === '.' && k < j) return this.locationAt(span.start + k);
    return this.spanLocation(span);
  }

  /**
   * Runs `body` as a spawned thread: to its end, at once, on a stack of its own (one of the
   * interleavings a real run may take). Returns its number and what it returned, or that it panicked
   * (its frames are unwound by then, and the panic stays in the thread, as std's does), or that it
   * waits for another thread (its frames set aside, for `resumeThread`).
   */
  runThread(body: ThreadBody, name: string | null = null, handle: Value | null = null, reserved?: number): ThreadRun {
    const n = reserved ?? ++this.threadsStarted;
    // Each thread's stack sits below the last one's (std gives each 2 MiB, with a guard page).
    const top = STACK_TOP - n * THREAD_STACK_SPACING;
    this.nextFrameLabel = `thread ${n}`;
    return this.onThread({ thread: n, name, handle, sp: top - 0x100, top }, body, () => body.end(body.start()));
  }

  /** Goes on with a thread that waited, once `finish` answers the call it waits in. */
  resumeThread(b: BlockedThread): ThreadRun {
    return this.onThread(b, b.body, () => {
      const depth = this.frames.length;
      for (const f of b.frames) this.frames.push(f);
      const f = b.frames[b.frames.length - 1];
      const term = f.inst.body.blocks[f.bb].term as Extract<Terminator, { k: 'call' }>;
      this.curSpan = term.span;
      this.finishCall(f, term, b.finish() as Value);
      this.run(depth);
      return b.body.end(b.frames[0].ret);
    });
  }

  private onThread(t: ThreadState, body: ThreadBody, go: () => Value): ThreadRun {
    const saved = { sp: this.sp, top: this.stackTop, thread: this.thread, span: this.curSpan, name: this.threadName, handle: this.threadHandle };
    this.sp = t.sp;
    this.stackTop = t.top;
    this.thread = t.thread;
    this.threadName = t.name;
    this.threadHandle = t.handle;
    const depth = this.frames.length;
    try {
      return { thread: t.thread, value: go(), panicked: false };
    } catch (e) {
      if (e instanceof PanicSignal) {
        body.unwind();
        this.panicking = false;
        return { thread: t.thread, panicked: true, payload: e };
      }
      if (e instanceof BlockSignal) return { thread: t.thread, panicked: false, blocked: this.setAside(t, body, depth, e) };
      throw e;
    } finally {
      this.nextFrameLabel = null;
      this.sp = saved.sp;
      this.stackTop = saved.top;
      this.thread = saved.thread;
      this.curSpan = saved.span;
      this.threadName = saved.name;
      this.threadHandle = saved.handle;
    }
  }

  /**
   * A thread's frames taken off the stack while it waits. Only a thread whose frames were all
   * called from its own code can be: a wait inside a closure a builtin calls (`for_each`) ends the run.
   */
  private setAside(t: ThreadState, body: ThreadBody, depth: number, e: BlockSignal): BlockedThread {
    const frames = this.frames.slice(depth);
    if (frames.length === 0 || frames.slice(1).some((f) => f.nested)) this.stuck(e.stuck);
    this.frames.length = depth;
    return { thread: t.thread, name: t.name, handle: t.handle, sp: this.sp, top: this.stackTop, frames, body, finish: e.finish, info: e.info };
  }

  /** Takes the next thread number for a thread that starts later (`runThread`'s `reserved`). */
  reserveThread(): number {
    return ++this.threadsStarted;
  }

  /** The number the next spawned thread will take. */
  get nextThread(): number {
    return this.threadsStarted + 1;
  }

  /** Ends the run where a real one would wait for ever (a deadlock), or where memviz's one-thread-at-a-time run cannot go on. */
  stuck(message: string): never {
    this.emitEnd('panic', { message, location: this.spanLocation(this.curSpan) });
    this.emitOutput('stderr', `\nmemviz: ${message}\n`);
    throw new AbortSignal(101);
  }

  /**
   * Panics like std: the message goes to stderr at once, then the run loops unwind. `literal`: the
   * payload is a `&'static str` (std's for a message with nothing formatted into it), else a String.
   */
  panic(message: string, location?: string, literal = false): never {
    const at = location ?? this.spanLocation(this.curSpan);
    // A spawned thread's panic ends that thread only (its join returns Err), one in `catch_unwind` nothing.
    if (this.thread === 0 && this.catching === 0) this.emitEnd('panic', { message, location: at });
    // std's hook tells of RUST_BACKTRACE after the process's first panic only.
    this.emitOutput('stderr', `\nthread '${this.threadName ?? '<unnamed>'}' panicked at ${at}:\n${message}\n${this.panics++ === 0 ? PANIC_NOTE : ''}`);
    if (this.panicking) {
      // A drop that panics while unwinding: its panic unwinds out of that drop (`panicInCleanup`
      // then aborts); one more panic on the way aborts at once.
      if (this.nestedPanic) {
        this.emitOutput('stderr', 'thread caused non-unwinding panic. aborting.\n');
        throw new AbortSignal(134);
      }
      this.nestedPanic = true;
    }
    this.panicking = true;
    throw new PanicSignal(message, at, literal);
  }

  /** A drop run by unwinding panicked, and its panic reached the code that ran it: std aborts. */
  panicInCleanup(): never {
    this.emitOutput('stderr', `\nthread '${this.threadName ?? '<unnamed>'}' panicked at ${CORE_PANICKING}:\npanic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n`);
    throw new AbortSignal(134);
  }

  /** Pops the frame; the return step itself was taken by the body's `step return` marker, before its drops. */
  private doReturn(f: Frame): void {
    f.ret = f.cells[0].v;
    this.popFrame(f);
    if (f.nested) return;
    const caller = this.frames[this.frames.length - 1];
    const term = caller.inst.body.blocks[caller.bb].term as Extract<Terminator, { k: 'call' }>;
    this.curSpan = term.span;
    this.finishCall(caller, term, f.ret);
  }

  private finishCall(f: Frame, term: Extract<Terminator, { k: 'call' }>, value: Value): void {
    this.store(f, term.dest, value);
    if (f.borrows !== null) {
      for (const op of term.args) if (op.k !== 'const' && op.place.proj.length === 0) this.passBorrows(f, op.place.local, term.dest);
    }
    if (term.target === null) this.panic('internal error: entered unreachable code', undefined, true);
    f.bb = term.target;
    f.si = 0;
  }

  private call(f: Frame, t: Extract<Terminator, { k: 'call' }>): void {
    const callee = t.callee;
    if (callee.k === 'builtin') {
      let site = f.inst.sites.get(t);
      if (!site) {
        const fn = this.builtins.get(callee.name);
        if (!fn) throw new Error(`unknown builtin ${callee.name}`);
        site = { fn, argTys: t.args.map((a) => this.operandTy(f, a)), tyArgs: callee.tyArgs.map((x) => f.inst.subst(x)), destTy: this.placeTy(f, t.dest) };
        f.inst.sites.set(t, site);
      }
      const args = this.args(f, t.args, undefined);
      const ctx: CallCtx = { name: callee.name, argTys: site.argTys, tyArgs: site.tyArgs, span: t.span, frame: f, ops: t.args, destTy: site.destTy };
      const r = site.fn(this, args, ctx);
      this.curSpan = t.span;
      this.runAfterBuiltin();
      this.finishCall(f, t, r);
      return;
    }
    const target = this.resolveCallee(f, callee, t);
    if (target.kind === 'builtin') {
      const args = this.args(f, t.args, undefined);
      const argTys = t.args.map((a) => this.operandTy(f, a));
      const ctx: CallCtx = { name: target.name, argTys, tyArgs: target.tyArgs, span: t.span, frame: f, ops: t.args, destTy: this.placeTy(f, t.dest) };
      const r = target.fn(this, target.prefix ? [...target.prefix, ...args] : args, ctx);
      this.curSpan = t.span;
      this.runAfterBuiltin();
      this.finishCall(f, t, r);
      return;
    }
    this.pushFrame(target.inst, this.args(f, t.args, target.selfArg), t.span, false);
  }

  /** The values of a call's arguments, after `self` when there is one (a method called through a value). */
  private args(f: Frame, ops: readonly Operand[], self: Value | undefined): Value[] {
    const k = self === undefined ? 0 : 1;
    const n = ops.length;
    const out = new Array<Value>(n + k);
    if (k === 1) out[0] = self;
    for (let i = 0; i < n; i++) out[i + k] = this.operand(f, ops[i]);
    return out;
  }

  private resolveCallee(f: Frame, callee: Callee, t: Extract<Terminator, { k: 'call' }>): CallTarget {
    switch (callee.k) {
      case 'fn': {
        // The callee of a direct call is the same on every execution of the call site.
        let target = f.inst.fnTargets.get(t);
        if (!target) {
          target = { kind: 'user', inst: this.inst(this.program.fns[callee.fn], callee.tyArgs.map((x) => f.inst.subst(x))) };
          f.inst.fnTargets.set(t, target);
        }
        return target;
      }
      case 'trait': {
        const selfTy = f.inst.subst(callee.selfTy);
        const tyArgs = callee.tyArgs.map((x) => f.inst.subst(x));
        // `fn f<T: Scorer + ?Sized>(x: &T)` called with a `&dyn Scorer`: the vtable's type says whose method,
        // unless the program implements the trait for the trait object itself (`impl Describe for dyn Debug`).
        if (selfTy.k === 'dyn' && !this.implForDyn(callee.trait, selfTy)) return this.traitTarget(callee.trait, callee.method, this.vtableType(f, t), tyArgs);
        return this.traitTarget(callee.trait, callee.method, selfTy, tyArgs);
      }
      case 'dyn':
        return this.traitTarget(callee.trait, callee.method, this.vtableType(f, t), []);
      case 'value':
        return this.valueTarget(f, callee.op);
      case 'builtin':
        throw new Error('unreachable');
    }
  }

  /** Whether the program has an impl of `trait` written for the trait object type `selfTy` itself. */
  private implForDyn(trait: number | string, selfTy: Ty): boolean {
    return this.program.impls.some((impl) => impl.trait === trait && impl.selfTy.k === 'dyn' && matchTy(impl.selfTy, selfTy, new Map<string, Ty>()));
  }

  /** The concrete type behind the `dyn` receiver (the first argument) of a call. */
  private vtableType(f: Frame, t: Extract<Terminator, { k: 'call' }>): Ty {
    const first = t.args[0];
    const loc = first.k === 'const' ? null : this.resolve(f, first.place);
    const p = loc ? readAt(loc.mem, loc.path) : null;
    const concrete = p instanceof Ptr ? p.dyn : null;
    if (!concrete) throw new Error('dyn call without a vtable');
    return concrete;
  }

  /** Finds the impl of `trait` for `selfTy` and the body of `method` in it. */
  traitTarget(trait: number | string, method: string, selfTy: Ty, tyArgs: readonly Ty[]): CallTarget {
    for (const impl of this.program.impls) {
      if (impl.trait !== trait) continue;
      const bind = new Map<string, Ty>();
      if (!matchTy(impl.selfTy, selfTy, bind)) continue;
      // `impl Convert<f64>` beside `impl Convert<String>`: the trait's arguments follow Self in the call's.
      if (impl.traitArgs.some((t, i) => tyArgs[i + 1] !== undefined && !matchTy(t, tyArgs[i + 1], bind))) continue;
      const fnId = impl.methods.get(method);
      // std's `From<T>` (its argument not kept with the impl): the impl whose `from` takes the argument's type.
      const fromArg = trait === 'From' && fnId !== undefined && tyArgs[1] !== undefined ? this.program.fns[fnId].locals[1]?.ty : undefined;
      if (fromArg && !matchTy(fromArg, tyArgs[1], bind)) continue;
      const dflt = fnId === undefined && typeof trait === 'number' ? this.program.traits[trait]?.defaults.get(method) : undefined;
      if (dflt !== undefined) return { kind: 'user', inst: this.inst(this.program.fns[dflt], this.defaultTyArgs(this.program.fns[dflt], selfTy, tyArgs, bind)) };
      if (fnId === undefined) continue;
      const body = this.program.fns[fnId];
      // The call's arguments are the trait method's: Self, the trait's own, then the method's own (`fn item<T>`).
      return { kind: 'user', inst: this.inst(body, this.bodyTyArgs(body, impl.typeParams, bind, selfTy, tyArgs.slice(1 + impl.traitArgs.length))) };
    }
    if (typeof trait === 'number') {
      const def = this.program.traits[trait];
      const fnId = def?.defaults.get(method);
      if (fnId !== undefined) return { kind: 'user', inst: this.inst(this.program.fns[fnId], this.defaultTyArgs(this.program.fns[fnId], selfTy, tyArgs)) };
      throw new Error(`no impl of ${def?.name ?? trait}::${method} for ${this.tyStr(selfTy)}`);
    }
    // `t.into()` with `T: Into<W>`, asked of W's `From`, where the program wrote `impl Into<W> for X` instead.
    const into = trait === 'From' && method === 'from' && tyArgs[1] !== undefined ? this.ownInto(tyArgs[1], selfTy) : null;
    if (into) return into;
    // std's `impl<T> From<T> for T`: `t.into()` where T is already the type asked for.
    const identity = trait === 'From' && method === 'from' && tyArgs[1] !== undefined && this.tyStr(tyArgs[1]) === this.tyStr(selfTy);
    const numeric = trait === 'From' && method === 'from' && (selfTy.k === 'int' || selfTy.k === 'float') && (tyArgs[1]?.k === 'int' || tyArgs[1]?.k === 'float');
    const name = identity ? 'From::identity' : numeric ? 'int::into' : `${trait}::${method}`;
    const fn = this.builtins.get(name);
    if (!fn) throw new Error(`no impl of ${name} for ${this.tyStr(selfTy)}`);
    return { kind: 'builtin', fn, name, tyArgs: [selfTy, ...tyArgs] };
  }

  /** The `into` of the program's `impl Into<to> for from`, if it has one: it takes the same argument as `From::from`. */
  private ownInto(from: Ty, to: Ty): CallTarget | null {
    for (const impl of this.program.impls) {
      const fnId = impl.trait === 'Into' ? impl.methods.get('into') : undefined;
      const bind = new Map<string, Ty>();
      if (fnId === undefined || !matchTy(impl.selfTy, from, bind)) continue;
      const body = this.program.fns[fnId];
      if (!body.locals[0] || !matchTy(body.locals[0].ty, to, bind)) continue;
      return { kind: 'user', inst: this.inst(body, this.bodyTyArgs(body, impl.typeParams, bind, from, [])) };
    }
    return null;
  }

  /** The const item of `<selfTy as trait>::name`: the impl's own, or the trait's default. */
  private assocConstId(trait: number, name: string, selfTy: Ty): number {
    for (const impl of this.program.impls) {
      if (impl.trait !== trait || !matchTy(impl.selfTy, selfTy, new Map<string, Ty>())) continue;
      const id = impl.consts.get(name);
      if (id !== undefined) return id;
    }
    throw new Error(`no constant ${name} of trait #${trait} for ${this.tyStr(selfTy)}`);
  }

  /** A user impl of a trait (by id or std name) for a concrete type, or null. */
  userImpl(trait: number | string, method: string, selfTy: Ty, other?: Ty): CallTarget | null {
    for (const impl of this.program.impls) {
      const name = typeof impl.trait === 'string' ? impl.trait : this.program.traits[impl.trait]?.name;
      if (impl.trait !== trait && name !== trait) continue;
      const bind = new Map<string, Ty>();
      if (!matchTy(impl.selfTy, selfTy, bind)) continue;
      let fnId = impl.methods.get(method);
      if (fnId === undefined && typeof impl.trait === 'number') fnId = this.program.traits[impl.trait]?.defaults.get(method);
      if (fnId === undefined) continue;
      const body = this.program.fns[fnId];
      // `impl PartialEq for Book` beside `impl PartialEq<Isbn> for Book`: the one whose second parameter is `other`.
      if (other && body.locals[2] && !matchTy(body.locals[2].ty, other, bind)) continue;
      return { kind: 'user', inst: this.inst(body, this.bodyTyArgs(body, impl.typeParams, bind, selfTy, [])) };
    }
    return null;
  }

  /**
   * The program's `impl Sum for Money` (or `Product`) whose item fits, for a `sum()` into `selfTy` that only
   * a generic body's instance knows (`T: Sum<T>`): its `sum`, instantiated for the iterator `iterTy`.
   */
  ownSumImpl(trait: 'Sum' | 'Product', selfTy: Ty, iterTy: Ty, itemTy: Ty): Inst | null {
    for (const impl of this.program.impls) {
      if (impl.trait !== trait) continue;
      const bind = new Map<string, Ty>();
      if (!matchTy(impl.selfTy, selfTy, bind) || !matchTy(impl.traitArgs[0] ?? impl.selfTy, itemTy, bind)) continue;
      const fnId = impl.methods.get(trait === 'Sum' ? 'sum' : 'product');
      if (fnId === undefined) continue;
      const body = this.program.fns[fnId];
      return this.inst(body, this.bodyTyArgs(body, impl.typeParams, bind, selfTy, [iterTy]));
    }
    return null;
  }

  /** Type arguments for a body: impl params (bound by matching), `Self`, then the method's own. */
  /** A trait's default method body: its parameters are the trait method's (Self, the trait's, its own), as the call gives them. */
  private defaultTyArgs(body: Body, selfTy: Ty, tyArgs: readonly Ty[], bind = new Map<string, Ty>()): Ty[] {
    if (body.typeParams.length === tyArgs.length && body.typeParams[0] === 'Self') return [selfTy, ...tyArgs.slice(1)];
    return this.bodyTyArgs(body, [], bind, selfTy, tyArgs);
  }

  private bodyTyArgs(body: Body, implParams: readonly string[], bind: Map<string, Ty>, selfTy: Ty, tyArgs: readonly Ty[]): Ty[] {
    const names = body.typeParams;
    if (names.length === 0) return [];
    const out: Ty[] = [];
    let own = 0;
    const ownStart = names.filter((n) => bind.has(n) || n === 'Self').length;
    void implParams;
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (n === 'Self') out.push(selfTy);
      else if (bind.has(n)) out.push(bind.get(n)!);
      else {
        out.push(tyArgs[own] ?? tyArgs[i - ownStart] ?? selfTy);
        own++;
      }
    }
    return out;
  }

  /** Calling a closure, fn item, fn pointer or `dyn Fn*`: the operand's type says which. */
  private valueTarget(f: Frame, op: Operand): CallTarget {
    const ty = this.operandTy(f, op);
    let loc: PlaceLoc | null = op.k === 'const' ? null : this.resolve(f, op.place);
    let t = ty;
    let v: Value = loc ? readAt(loc.mem, loc.path) : this.constValue(f, (op as { value: ConstValue }).value, ty);
    // Look through references and boxes to the callable.
    for (let guard = 0; guard < 8; guard++) {
      if (t.k === 'ref' || (t.k === 'builtin' && t.name === 'Box')) {
        const p = v as Ptr;
        const inner = p.dyn ?? this.derefTy(t);
        loc = new PlaceLoc(p.mem, p.path);
        v = readAt(p.mem, p.path);
        t = inner;
        continue;
      }
      break;
    }
    // A `Box<dyn FnOnce>` is called by moving the closure out of the box (`*f`): its concrete type is the
    // one the box's pointer carries.
    if (t.k === 'dyn' && op.k !== 'const' && op.place.proj.length > 0 && op.place.proj[op.place.proj.length - 1].k === 'deref') {
      const holder = this.resolve(f, { local: op.place.local, proj: op.place.proj.slice(0, -1) });
      const p = readAt(holder.mem, holder.path);
      if (p instanceof Ptr && p.dyn) t = p.dyn;
    }
    if (t.k === 'opaque') t = this.intern(t.actual);
    if (t.k === 'closure') return this.closureTarget(t, loc, v);
    if (v instanceof FnVal) return this.fnPointerTarget(v);
    if (t.k === 'fndef') return { kind: 'user', inst: this.inst(this.program.fns[t.fn], t.args) };
    throw new Error(`cannot call a value of type ${this.tyStr(t)}`);
  }

  /** A fn pointer's callee. One made from a closure (which captures nothing) calls its body with an empty environment. */
  private fnPointerTarget(v: FnVal): CallTarget {
    const body = this.program.fns[v.fn];
    if (body.kind !== 'closure') return { kind: 'user', inst: this.inst(body, v.tyArgs) };
    return this.closureTarget({ k: 'closure', fn: v.fn, captures: [], tyArgs: v.tyArgs }, null, []);
  }

  closureTarget(t: Extract<Ty, { k: 'closure' }>, loc: PlaceLoc | null, v: Value): CallTarget {
    const body = this.program.fns[t.fn];
    const known = t.tyArgs && t.tyArgs.length === body.typeParams.length ? t.tyArgs : null;
    const inst = this.inst(body, known ?? (Array.isArray(v) ? CLOSURE_ARGS.get(v) : undefined) ?? []);
    const envTy = inst.localTys[1];
    let selfArg: Value;
    if (envTy && envTy.k === 'ref') {
      const mem = loc ? loc.mem : this.tempMem(t, v);
      selfArg = new Ptr(mem, loc ? loc.path : EMPTY_PATH, envTy.mut ? PtrKind.Mut : PtrKind.Ref);
    } else {
      // An `FnOnce` body takes its environment by value: the closure is used up by the call (the
      // body drops what it did not move out), so the place it was in is moved from.
      selfArg = v;
      if (loc && loc.off < 0) writeAt(loc.mem, loc.path, MOVED);
    }
    return { kind: 'user', inst, selfArg };
  }

  /** A hidden cell for a value that needs an address (a closure environment called by reference). */
  tempMem(ty: Ty, v: Value, below = 64): Mem {
    const mem = new Mem(Region.Stack, ty, null);
    mem.v = v;
    mem.addr = this.sp - below;
    return mem;
  }

  /** Calls a callable value (closure env / FnVal / Ptr to dyn Fn) with arguments; used by builtins. */
  callValue(ty: Ty, v: Value, args: Value[], span: Span | null = this.curSpan): Value {
    let t = ty;
    let loc: PlaceLoc | null = null;
    for (let guard = 0; guard < 8; guard++) {
      if ((t.k === 'ref' || (t.k === 'builtin' && t.name === 'Box')) && v instanceof Ptr) {
        t = v.dyn ?? this.derefTy(t);
        loc = new PlaceLoc(v.mem, v.path);
        v = readAt(v.mem, v.path);
        continue;
      }
      break;
    }
    let target: CallTarget;
    if (t.k === 'closure') target = this.closureTarget(t, loc, v);
    else if (v instanceof FnVal) target = this.fnPointerTarget(v);
    else if (t.k === 'fndef') target = { kind: 'user', inst: this.inst(this.program.fns[t.fn], t.args) };
    else throw new Error(`cannot call a value of type ${this.tyStr(t)}`);
    if (target.kind !== 'user') throw new Error('unexpected builtin target');
    const all = target.selfArg !== undefined ? [target.selfArg, ...args] : args;
    return this.invoke(target.inst, all, span);
  }

  private afterBuiltinWork: (() => void)[] = [];
  /** Work a builtin leaves for when it has returned (dropping a closure it was given by value). */
  afterBuiltin(work: () => void): void {
    this.afterBuiltinWork.push(work);
  }
  private runAfterBuiltin(): void {
    if (this.afterBuiltinWork.length === 0) return;
    const work = this.afterBuiltinWork;
    this.afterBuiltinWork = [];
    for (const w of work) w();
  }

  /** Calls a user fn by id from a builtin. */
  callFn(fn: FnId, tyArgs: readonly Ty[], args: Value[]): Value {
    return this.invoke(this.inst(this.program.fns[fn], tyArgs), args, this.curSpan);
  }

  // ------------------------------------------------------------ drops

  /** Runs drop glue for the initialized value at `path` in `mem` (of type `ty`), emitting events. */
  dropPlace(mem: Mem, path: readonly number[], ty: Ty, name: string): void {
    const v = readAt(mem, path);
    if (!isInit(v) || !this.needsDrop(ty)) return;
    const shown = this.visible(mem);
    const custom = ty.k === 'adt' && this.adt(ty.adt).dropFn !== null;
    if (shown && (custom || path.length === 0 || mem.region === Region.Heap)) {
      this.log.drop(this.seq++, this.step, this.here(), this.placeRef(mem, path, name), this.tyStr(ty), custom);
    }
    try {
      this.hooks.dropGlue(this, mem, path, ty, name, v);
    } catch (e) {
      // Its drop panicked: the value is gone all the same, and unwinding must not drop it again.
      if (e instanceof PanicSignal) writeAt(mem, path, undefined);
      throw e;
    }
  }

  /** Implementations of drop glue, equality and formatting live in other modules; index.ts wires them. */
  hooks!: MachineHooks;
}

export interface MachineHooks {
  dropGlue(m: Machine, mem: Mem, path: readonly number[], ty: Ty, name: string, v: Value): void;
  valueEq(m: Machine, ty: Ty, a: Value, b: Value): boolean;
  valueCmp(m: Machine, ty: Ty, a: Value, b: Value): number | null;
  concatString(m: Machine, a: Value, b: Value): Value;
}

export type CallTarget =
  | { kind: 'user'; inst: Inst; selfArg?: Value; prefix?: undefined }
  | { kind: 'builtin'; fn: BuiltinFn; name: string; tyArgs: readonly Ty[]; prefix?: Value[] };

/** A counted block's struct name and its three fields' names. */
export type CountedBlockNames = readonly [string, string, string, string];
const RC_BLOCK_NAMES: CountedBlockNames = ['RcBox', 'strong', 'weak', 'value'];
const ARC_BLOCK_NAMES: CountedBlockNames = ['ArcInner', 'strong', 'weak', 'data'];

/** What a spawned thread runs: its closure's call, what follows it on the thread, and what a panic leaves to do. */
export interface ThreadBody {
  readonly start: () => Value;
  readonly end: (v: Value) => Value;
  readonly unwind: () => void;
}

/** Who a thread is and where its stack is. */
interface ThreadState {
  readonly thread: number;
  readonly name: string | null;
  readonly handle: Value | null;
  readonly sp: number;
  readonly top: number;
}

/** A thread that waits for another: its frames, set aside, and how the call it waits in is answered. */
export interface BlockedThread extends ThreadState {
  readonly frames: Frame[];
  readonly body: ThreadBody;
  readonly finish: () => unknown;
  readonly info: unknown;
}

/** How a thread's run went: what it returned, that it panicked, or that it waits. */
export interface ThreadRun {
  readonly thread: number;
  readonly value?: Value;
  readonly panicked: boolean;
  /** The panic, for its payload (what `join` gives back in its Err). */
  readonly payload?: PanicSignal;
  readonly blocked?: BlockedThread;
}

/** Builtins whose value is a [buffer, cap, len] header. */
const VEC_HEADERS: ReadonlySet<string> = new Set(['String', 'Vec', 'VecDeque', 'BinaryHeap']);

/** How far apart the stacks of spawned threads are drawn. */
const THREAD_STACK_SPACING = 0x20_0000 + 0x1000;
/** Where rustc 1.95's std sources say they are: a panic inside std (not `#[track_caller]`) is located there. */
export const RUSTC_LIBRARY = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library';

/** Where std's `panic_in_cleanup` is (a drop that panics while unwinding). */
const CORE_PANICKING = `${RUSTC_LIBRARY}/core/src/panicking.rs:233:5`;
const PANIC_NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

const OVERFLOW_MESSAGES: Record<string, string> = {
  add: 'attempt to add with overflow',
  sub: 'attempt to subtract with overflow',
  mul: 'attempt to multiply with overflow',
  div: 'attempt to divide with overflow',
  rem: 'attempt to calculate the remainder with overflow',
  shl: 'attempt to shift left with overflow',
  shr: 'attempt to shift right with overflow',
  neg: 'attempt to negate with overflow',
};

function cmpResult(op: string, c: number): boolean {
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    default:
      return c >= 0;
  }
}

function isEnumTy(t: Ty): boolean {
  return (t.k === 'builtin' && (t.name === 'Option' || t.name === 'Result')) || false;
}

/**
 * Ranges: [start, end] (RangeInclusive adds `exhausted`). Open bounds are
 * null. `variant` for a one-operand `Range` aggregate: 1 = `a..`, 2 = `..b`.
 */
export function rangeValue(name: 'Range' | 'RangeInclusive', variant: number, vals: Value[]): Value {
  // `..=b` (variant 2, one value) has only an end.
  if (name === 'RangeInclusive') return vals.length === 1 && variant === 2 ? [null, vals[0], false] : [vals[0] ?? null, vals[1] ?? null, false];
  if (vals.length === 2) return [vals[0], vals[1]];
  if (vals.length === 0) return [null, null];
  return variant === 2 ? [null, vals[0]] : [vals[0], null];
}

/** Matches an impl's self type (with params) against a concrete type, binding params by name. */
export function matchTy(pattern: Ty, t: Ty, bind: Map<string, Ty>): boolean {
  if (pattern.k === 'param') {
    const b = bind.get(pattern.name);
    if (b) return tyKey(b) === tyKey(t);
    bind.set(pattern.name, t);
    return true;
  }
  if (pattern.k !== t.k) return false;
  switch (pattern.k) {
    case 'int':
      return pattern.int === (t as typeof pattern).int;
    case 'float':
      return pattern.float === (t as typeof pattern).float;
    case 'adt':
      return pattern.adt === (t as typeof pattern).adt && listMatch(pattern.args, (t as typeof pattern).args, bind);
    case 'builtin':
      return pattern.name === (t as typeof pattern).name && listMatch(pattern.args, (t as typeof pattern).args, bind);
    case 'ref':
    case 'ptr':
      return pattern.mut === (t as typeof pattern).mut && matchTy(pattern.inner, (t as typeof pattern).inner, bind);
    case 'tuple':
      return listMatch(pattern.elems, (t as typeof pattern).elems, bind);
    case 'array':
      // `impl<const N: usize> Mul<[i32; N]> for Mat<N>`: the length binds the impl's `N`.
      return matchTy(lenTy(pattern.len), lenTy((t as typeof pattern).len), bind) && matchTy(pattern.elem, (t as typeof pattern).elem, bind);
    case 'slice':
      return matchTy(pattern.elem, (t as typeof pattern).elem, bind);
    case 'closure':
      return pattern.fn === (t as typeof pattern).fn;
    default:
      return tyKey(pattern) === tyKey(t);
  }
}

function listMatch(a: readonly Ty[], b: readonly Ty[], bind: Map<string, Ty>): boolean {
  return a.length === b.length && a.every((x, i) => matchTy(x, b[i], bind));
}

export { isUnsized, type Layout };

/** The temporaries only ever passed to formatting or assertion builtins (`println!`'s `&arg`). */
function printedOnlyTemps(body: Body): Set<number> {
  const printed = new Set<number>();
  const elsewhere = new Set<number>();
  for (const block of body.blocks) {
    const t = block.term;
    if (t.k !== 'call') continue;
    const toPrint = t.callee.k === 'builtin' && (t.callee.name.startsWith('fmt::') || t.callee.name.startsWith('assert::'));
    for (const a of t.args) if (a.k !== 'const') (toPrint ? printed : elsewhere).add(a.place.local);
  }
  for (const l of elsewhere) printed.delete(l);
  return printed;
}

/** std's collections whose `into_iter` gives their elements by value. */
const INTO_ITER_BY_VALUE: ReadonlySet<BuiltinAdt> = new Set(['Vec', 'VecDeque', 'BinaryHeap', 'Option', 'Result', 'HashSet', 'BTreeSet', 'Receiver']);
