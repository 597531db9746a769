// Refuses malformed or tampered traces before anything folds them: an import
// is untrusted JSON. Two passes in one walk: the shape of every event (kind,
// fields, value views) and the invariants a real run keeps (seq without gaps,
// steps in order, frames/slots/blocks used only while alive, no double free,
// stdout equal to what the output events printed).
//
// Hand-written rather than a schema library: the checks that matter most
// (liveness, double free) need state across events anyway, and a million
// events validate in a single cheap pass.

import { TRACE_VERSION, type MemoryEvent, type Trace } from './schema.js';

export type ValidateResult = { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly error: string };

/** Nesting limit for value views: deeper than any real value, shallow enough to never overflow the stack. */
const MAX_VALUE_DEPTH = 200;

const OUTCOMES = new Set(['exit', 'panic', 'stack_overflow', 'step_limit']);
const STEP_WHATS = new Set(['stmt', 'call', 'return', 'drop']);
const PTR_KINDS = new Set(['box', 'ref', 'mut', 'rc', 'raw']);
/** Event kinds a run can end with. */
const ENDINGS = new Set(['exit', 'panic', 'stack_overflow', 'step_limit']);
const INT_TEXT = /^-?\d+$/;

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

export function validateTrace(value: unknown): ValidateResult {
  try {
    checkHeader(value);
    const trace = value as Trace;
    new Invariants(trace).checkAll();
    return { ok: true, trace };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    // Anything else (a getter that throws, a cyclic value): still a refusal, never a crash.
    return { ok: false, error: `invalid trace: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// ---------------------------------------------------------------------------
// Header

function checkHeader(value: unknown): void {
  if (!isRecord(value)) fail('invalid trace: expected an object with "version" and "events"');
  if (value.version !== TRACE_VERSION) {
    fail(`unsupported trace version ${JSON.stringify(value.version)}: this memviz reads version ${TRACE_VERSION}`);
  }
  if (typeof value.fileName !== 'string') fail('invalid trace: "fileName" must be a string');
  if (!Array.isArray(value.events)) fail('invalid trace: "events" must be an array');
  if (typeof value.stdout !== 'string') fail('invalid trace: "stdout" must be a string');
  if (typeof value.stderr !== 'string') fail('invalid trace: "stderr" must be a string');
  if (!isInt(value.exitCode)) fail('invalid trace: "exitCode" must be an integer');
  if (typeof value.outcome !== 'string' || !OUTCOMES.has(value.outcome)) {
    fail(`invalid trace: "outcome" must be one of ${[...OUTCOMES].join(', ')}`);
  }
  if (!isInt(value.steps) || value.steps < 0) fail('invalid trace: "steps" must be a non-negative integer');
}

// ---------------------------------------------------------------------------
// Events: shape and invariants in one pass

interface LiveFrame {
  readonly slots: Set<number>;
}

/** "event 12 (heap_free, step 4)", built only when an error message needs it. */
class EventContext {
  constructor(
    private readonly index: number,
    private readonly event: Record<string, unknown> | null,
  ) {}
  toString(): string {
    if (!this.event) return `event ${this.index}`;
    return `event ${this.index} (${String(this.event.kind)}, step ${String(this.event.step)})`;
  }
}

type At = EventContext | string;

class Invariants {
  private readonly frames = new Map<number, LiveFrame>();
  private readonly slotFrame = new Map<number, number>();
  /** Block id → true while live, false once freed. */
  private readonly blocks = new Map<number, boolean>();
  private readonly freedAt = new Map<number, number>();
  private readonly statics = new Set<number>();
  private readonly borrows = new Set<number>();
  private stdout = '';
  private step = 0;
  private seenStepEvent = false;
  private exited = false;
  private lastLoc: unknown = null;

  constructor(private readonly trace: Trace) {}

  checkAll(): void {
    const events = this.trace.events as readonly unknown[];
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const where = `event ${i}`;
      if (!isRecord(e)) fail(`${where}: expected an object, got ${describeJson(e)}`);
      this.checkPosition(e, i);
      // Error context is only spelled out when something fails: building it for every event would double the cost.
      const at = new EventContext(i, e);
      if (this.exited) fail(`${at}: comes after the program's exit event (the trace was edited or spliced)`);
      this.checkEvent(e, at, i);
    }
    this.checkFooter(events);
  }

  /** seq is the index; steps only grow, by one at each `step` event. */
  private checkPosition(e: Record<string, unknown>, i: number): void {
    const where = new EventContext(i, null);
    if (e.seq !== i) {
      fail(`${where}: seq is ${describeJson(e.seq)} but should be ${i} (events missing, duplicated or reordered)`);
    }
    if (!isInt(e.step) || e.step < 0) fail(`${where}: "step" must be a non-negative integer`);
    if (e.kind === 'step') {
      // The first step event may open step 0 (events before it belong to step 0 too) or step 1.
      const expected = i === 0 ? 0 : this.step + 1;
      const alsoOk = !this.seenStepEvent && i > 0 ? this.step : expected;
      if (e.step !== expected && e.step !== alsoOk) {
        const should = alsoOk === expected ? `${expected}` : `${alsoOk} or ${expected}`;
        fail(`${where}: step event has step ${e.step} but should have ${should} (steps out of order)`);
      }
      this.seenStepEvent = true;
      this.step = e.step;
    } else if (e.step !== this.step) {
      fail(`${where}: step is ${e.step} but the current step is ${this.step} (only a "step" event starts a new step)`);
    }
    // Interpreters share one Loc per source span, so most events repeat the last one checked.
    if (e.loc !== null && e.loc !== this.lastLoc) {
      checkLoc(e.loc, where, 'loc');
      this.lastLoc = e.loc;
    }
  }

  private checkEvent(e: Record<string, unknown>, at: At, i: number): void {
    switch (e.kind) {
      case 'step':
        need(e, 'frame', isInt, at, 'an integer');
        if (typeof e.what !== 'string' || !STEP_WHATS.has(e.what)) fail(`${at}: "what" must be one of ${[...STEP_WHATS].join(', ')}`);
        return;
      case 'frame_push': {
        const id = need(e, 'frame', isInt, at, 'an integer');
        need(e, 'fn', isString, at, 'a string');
        need(e, 'addr', isAddr, at, 'an address');
        if (e.callLoc !== null) checkLoc(e.callLoc, at, 'callLoc');
        if (this.frames.has(id)) fail(`${at}: frame ${id} is pushed while already on the stack`);
        this.frames.set(id, { slots: new Set() });
        return;
      }
      case 'frame_pop': {
        const id = need(e, 'frame', isInt, at, 'an integer');
        const frame = this.frames.get(id);
        if (!frame) fail(`${at}: frame_pop of frame ${id}, which is not on the stack`);
        for (const slot of frame.slots) this.slotFrame.delete(slot);
        this.frames.delete(id);
        return;
      }
      case 'local_init': {
        const frameId = need(e, 'frame', isInt, at, 'an integer');
        const slot = need(e, 'slot', isInt, at, 'an integer');
        need(e, 'name', isString, at, 'a string');
        need(e, 'ty', isString, at, 'a string');
        need(e, 'size', isSize, at, 'a non-negative integer');
        need(e, 'addr', isAddr, at, 'an address');
        checkEventValue(e.value, at);
        const frame = this.frames.get(frameId);
        if (!frame) fail(`${at}: local_init of slot ${slot} in frame ${frameId}, which is not on the stack`);
        const owner = this.slotFrame.get(slot);
        if (owner !== undefined && owner !== frameId) fail(`${at}: slot ${slot} is already live in frame ${owner}`);
        frame.slots.add(slot);
        this.slotFrame.set(slot, frameId);
        return;
      }
      case 'local_dead': {
        const slot = need(e, 'slot', isInt, at, 'an integer');
        const frameId = this.slotFrame.get(slot);
        if (frameId === undefined) fail(`${at}: local_dead of slot ${slot}, which is not live`);
        this.frames.get(frameId)?.slots.delete(slot);
        this.slotFrame.delete(slot);
        return;
      }
      case 'write':
        this.checkPlace(e.target, at, 'target', 'write to');
        checkEventValue(e.value, at);
        return;
      case 'static_alloc': {
        const id = need(e, 'id', isInt, at, 'an integer');
        need(e, 'name', isString, at, 'a string');
        need(e, 'ty', isString, at, 'a string');
        need(e, 'size', isSize, at, 'a non-negative integer');
        need(e, 'addr', isAddr, at, 'an address');
        checkEventValue(e.value, at);
        if (this.statics.has(id)) fail(`${at}: static ${id} is allocated twice`);
        this.statics.add(id);
        return;
      }
      case 'heap_alloc': {
        const id = need(e, 'block', isInt, at, 'an integer');
        need(e, 'ty', isString, at, 'a string');
        need(e, 'size', isSize, at, 'a non-negative integer');
        need(e, 'cap', isSize, at, 'a non-negative integer');
        need(e, 'addr', isAddr, at, 'an address');
        checkEventValue(e.value, at);
        if (this.blocks.has(id)) fail(`${at}: heap block ${id} is allocated twice (block ids are never reused)`);
        this.blocks.set(id, true);
        return;
      }
      case 'heap_realloc': {
        const id = need(e, 'block', isInt, at, 'an integer');
        need(e, 'size', isSize, at, 'a non-negative integer');
        need(e, 'cap', isSize, at, 'a non-negative integer');
        need(e, 'addr', isAddr, at, 'an address');
        need(e, 'oldAddr', isAddr, at, 'an address');
        checkEventValue(e.value, at);
        this.checkBlockLive(id, at, 'heap_realloc of');
        return;
      }
      case 'heap_free': {
        const id = need(e, 'block', isInt, at, 'an integer');
        this.checkBlockLive(id, at, 'heap_free of');
        this.blocks.set(id, false);
        this.freedAt.set(id, i);
        return;
      }
      case 'move':
      case 'copy':
        this.checkPlace(e.from, at, 'from', `${e.kind} from`);
        if (e.to !== null) checkPlaceShape(e.to, at, 'to');
        need(e, 'ty', isString, at, 'a string');
        return;
      case 'borrow': {
        const id = need(e, 'borrow', isInt, at, 'an integer');
        need(e, 'mut', isBool, at, 'a boolean');
        this.checkPlace(e.of, at, 'of', 'borrow of');
        if (e.into !== null) checkPlaceShape(e.into, at, 'into');
        if (this.borrows.has(id)) fail(`${at}: borrow ${id} is created while already live`);
        this.borrows.add(id);
        return;
      }
      case 'borrow_end': {
        const id = need(e, 'borrow', isInt, at, 'an integer');
        if (!this.borrows.delete(id)) fail(`${at}: borrow_end of borrow ${id}, which is not live`);
        return;
      }
      case 'drop':
        this.checkPlace(e.target, at, 'target', 'drop of');
        need(e, 'ty', isString, at, 'a string');
        need(e, 'custom', isBool, at, 'a boolean');
        return;
      case 'output': {
        if (e.stream !== 'stdout' && e.stream !== 'stderr') fail(`${at}: "stream" must be "stdout" or "stderr"`);
        const text = need(e, 'text', isString, at, 'a string');
        if (e.stream === 'stdout') this.stdout += text;
        return;
      }
      case 'panic':
        need(e, 'message', isString, at, 'a string');
        need(e, 'location', isString, at, 'a string');
        return;
      case 'stack_overflow':
        need(e, 'fn', isString, at, 'a string');
        need(e, 'depth', isSize, at, 'a non-negative integer');
        return;
      case 'step_limit':
        need(e, 'limit', isSize, at, 'a non-negative integer');
        return;
      case 'exit': {
        const code = need(e, 'code', isInt, at, 'an integer');
        if (code !== this.trace.exitCode) fail(`${at}: exit code ${code} differs from the header's exitCode ${this.trace.exitCode}`);
        this.exited = true;
        return;
      }
      default:
        fail(`${at}: unknown event kind ${describeJson(e.kind)}`);
    }
  }

  private checkBlockLive(id: number, at: At, what: string): void {
    const live = this.blocks.get(id);
    if (live === undefined) fail(`${at}: ${what} heap block ${id}, which was never allocated`);
    if (!live) fail(`${at}: ${what} heap block ${id}, which was already freed at event ${this.freedAt.get(id)} (double free / use after free)`);
  }

  /** A place that is read or written must exist: a live slot, a live block or a known static. */
  private checkPlace(p: unknown, at: At, field: string, what: string): void {
    checkPlaceShape(p, at, field);
    const place = p as { slot?: number; block?: number; static?: number };
    if (place.slot !== undefined) {
      if (!this.slotFrame.has(place.slot)) fail(`${at}: "${field}": ${what} slot ${place.slot}, which is not live`);
    } else if (place.block !== undefined) {
      this.checkBlockLive(place.block, at, `"${field}": ${what}`);
    } else if (place.static !== undefined && !this.statics.has(place.static)) {
      fail(`${at}: "${field}": ${what} static ${place.static}, which was never allocated`);
    }
  }

  private checkFooter(events: readonly unknown[]): void {
    const last = events[events.length - 1] as MemoryEvent | undefined;
    const steps = last ? last.step + 1 : 0;
    if (last && !ENDINGS.has(last.kind)) {
      fail(`invalid trace: it stops at event ${events.length - 1} (${String(last.kind)}) before the program ended (truncated?)`);
    }
    if (this.trace.steps !== steps) fail(`invalid trace: header says ${this.trace.steps} steps but the events have ${steps} (truncated or edited)`);
    if (this.trace.stdout !== this.stdout) {
      fail(`invalid trace: header stdout (${this.trace.stdout.length} chars) differs from what the output events printed (${this.stdout.length} chars)`);
    }
  }
}

// ---------------------------------------------------------------------------
// Shapes

function checkLoc(loc: unknown, at: At, field: string): void {
  if (!Array.isArray(loc) || loc.length !== 4 || !loc.every((n) => isInt(n) && n >= 0)) {
    fail(`${at}: "${field}" must be null or [line, col, endLine, endCol] with non-negative integers`);
  }
}

function checkPlaceShape(p: unknown, at: At, field: string): void {
  if (!isRecord(p)) fail(`${at}: "${field}" must be a place object`);
  const roots = (p.slot !== undefined ? 1 : 0) + (p.block !== undefined ? 1 : 0) + (p.static !== undefined ? 1 : 0);
  if (roots !== 1) fail(`${at}: "${field}" must name exactly one of slot, block or static`);
  const root = p.slot ?? p.block ?? p.static;
  if (!isSize(root)) fail(`${at}: "${field}": slot/block/static id must be a non-negative integer`);
  if (!Array.isArray(p.path) || !p.path.every((n) => isSize(n))) fail(`${at}: "${field}".path must be an array of non-negative integers`);
  if (typeof p.name !== 'string') fail(`${at}: "${field}".name must be a string`);
  if (!isAddr(p.addr)) fail(`${at}: "${field}".addr must be an address`);
}

function checkEventValue(v: unknown, at: At): void {
  const problem = valueProblem(v, 0);
  if (problem !== null) fail(`${at}: "value"${problem}`);
}

/** Null when `v` is a well-formed value view, else where and what is wrong (" .fields[1]: ..."); allocation-free when valid. */
function valueProblem(v: unknown, depth: number): string | null {
  if (depth > MAX_VALUE_DEPTH) return ` is nested more than ${MAX_VALUE_DEPTH} levels deep`;
  if (!isRecord(v)) return ` must be a value object, got ${describeJson(v)}`;
  switch (v.t) {
    case 'int':
      return typeof v.v === 'string' && INT_TEXT.test(v.v) ? null : ': int value must be a decimal string';
    case 'float':
    case 'char':
      return typeof v.v === 'string' ? null : `: ${v.t} value must be a string`;
    case 'bool':
      return typeof v.v === 'boolean' ? null : ': bool value must be true or false';
    case 'unit':
    case 'uninit':
    case 'moved':
      return null;
    case 'ptr':
      if (typeof v.kind !== 'string' || !PTR_KINDS.has(v.kind)) return `: pointer kind must be one of ${[...PTR_KINDS].join(', ')}`;
      if (!isAddr(v.addr)) return ': pointer addr must be an address';
      if (v.len !== undefined && !isSize(v.len)) return ': pointer len must be a non-negative integer';
      if (v.vtable !== undefined && typeof v.vtable !== 'string') return ': pointer vtable must be a string';
      return null;
    case 'struct':
    case 'enum': {
      if (typeof v.name !== 'string') return `: ${v.t} name must be a string`;
      if (v.t === 'enum' && typeof v.variant !== 'string') return ': enum variant must be a string';
      if (!Array.isArray(v.fields)) return `: ${v.t} fields must be an array`;
      for (let i = 0; i < v.fields.length; i++) {
        const f: unknown = v.fields[i];
        if (!isRecord(f) || typeof f.name !== 'string') return `.fields[${i}] must be { name, value }`;
        const inner = valueProblem(f.value, depth + 1);
        if (inner !== null) return `.${f.name}${inner}`;
      }
      return null;
    }
    case 'tuple':
    case 'array': {
      if (!Array.isArray(v.elems)) return `: ${v.t} elems must be an array`;
      for (let i = 0; i < v.elems.length; i++) {
        const inner = valueProblem(v.elems[i], depth + 1);
        if (inner !== null) return `[${i}]${inner}`;
      }
      return null;
    }
    case 'str':
      return typeof v.text === 'string' ? null : ': str text must be a string';
    case 'fn':
      return typeof v.name === 'string' ? null : ': fn name must be a string';
    default:
      return `: unknown value type ${describeJson(v.t)}`;
  }
}

function need<T>(e: Record<string, unknown>, key: string, test: (v: unknown) => v is T, at: At, what: string): T {
  const v = e[key];
  if (!test(v)) fail(`${at}: "${key}" must be ${what}, got ${describeJson(v)}`);
  return v;
}

function isRecord(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}
function isSize(v: unknown): v is number {
  return isInt(v) && v >= 0;
}
/** Addresses are plain numbers: a 48-bit address space fits exactly in a double. */
function isAddr(v: unknown): v is number {
  return isSize(v);
}
function isString(v: unknown): v is string {
  return typeof v === 'string';
}
function isBool(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

function describeJson(v: unknown): string {
  if (v === undefined) return 'nothing';
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? s.slice(0, 37) + '...' : s;
  } catch {
    return typeof v;
  }
}

// ---------------------------------------------------------------------------

/** Freezes `value` and everything reachable from it (dev and tests: proves nobody mutates events or states). */
export function deepFreeze<T>(value: T): T {
  // Iterative with a visited set: shared and already-frozen parts are still walked once, and depth never overflows.
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}
