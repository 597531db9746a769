// The event log: a trace's events kept as numbers in chunks of Int32Array,
// not as millions of small objects.
//
// Why: a run keeps every event it emits, and a kept object costs the garbage
// collector far more than making it does. On the 100,000-box corpus program
// (2.7 M events), making the events and letting them go takes about a fifth
// of the time that making and keeping them as objects takes; the rest is the
// collector copying and marking them again and again while the trace grows.
// Words in a typed array are invisible to the collector. An event becomes an
// object again only when somebody reads it (`at`), and that object is young
// garbage as soon as the reader is done with it.
//
// The encoding is written out per event kind and per value kind, in the
// schema's field order, so a decoded event is the object the schema
// describes, equal field by field and with the same key order (`memviz trace
// --json` prints it as it always did). The interpreter hands the fields of
// its common kinds to typed appends and makes no event object at all; any
// other event is appended whole, and anything the encoder does not know is
// kept as JSON text, so nothing is ever lost. Strings and locations are
// interned: the log keeps one copy of each.

import type { FieldView, Loc, MemoryEvent, PlaceRef, Trace, ValueView } from './schema.js';

/** What a fold or a seek reads events from: an array, or an EventLog. */
export interface EventSeq {
  readonly length: number;
  at(index: number): MemoryEvent | undefined;
}

/** The logs of the traces the interpreter made (a trace made any other way has only its array). */
const logs = new WeakMap<Trace, EventLog>();

/**
 * A trace whose `events` array is made from `log` when first read (and kept): a caller that only
 * folds or seeks reads the log through `eventsOf` and never makes it.
 */
export function traceFromLog(header: Omit<Trace, 'events'>, log: EventLog): Trace {
  const { version, fileName, ...rest } = header;
  // The fields in the order a trace always had (its JSON stays the same).
  const trace = { version, fileName } as Record<string, unknown>;
  let events: MemoryEvent[] | null = null;
  Object.defineProperty(trace, 'events', {
    enumerable: true,
    get: () => (events ??= log.toArray()),
  });
  Object.assign(trace, rest);
  logs.set(trace as unknown as Trace, log);
  return trace as unknown as Trace;
}

/** A trace's events to read one at a time: its log when it has one, else its array. */
export function eventsOf(trace: Trace): EventSeq {
  return logs.get(trace) ?? trace.events;
}

/** The step of event `i` of `events`. */
export function stepAt(events: EventSeq, i: number): number {
  return events instanceof EventLog ? events.stepOf(i) : (events.at(i) as MemoryEvent).step;
}

/** The code of each event kind in the log, in schema order; Json: an event kept as JSON text. */
const enum Kind {
  Step,
  FramePush,
  FramePop,
  LocalInit,
  LocalDead,
  Write,
  StaticAlloc,
  HeapAlloc,
  HeapRealloc,
  HeapFree,
  Move,
  Copy,
  Borrow,
  BorrowEnd,
  Drop,
  Output,
  Panic,
  StackOverflow,
  StepLimit,
  Exit,
  Json,
}

// Value kinds; V_JSON: a view the encoder does not know, as JSON.
const V_INT = 0, V_FLOAT = 1, V_BOOL = 2, V_CHAR = 3, V_UNIT = 4, V_PTR = 5, V_STRUCT = 6, V_TUPLE = 7;
const V_ENUM = 8, V_ARRAY = 9, V_STR = 10, V_FN = 11, V_UNINIT = 12, V_MOVED = 13, V_JSON = 14, V_SMALL_INT = 15;

/** A number that is not an int32 follows as a float64 in two words. */
const ESCAPE = -0x80000000;
const STEP_WHAT = ['stmt', 'call', 'return', 'drop'] as const;
const PTR_KINDS = ['box', 'ref', 'mut', 'rc', 'raw'] as const;

/**
 * Words of the largest chunk (4 MiB) and of the first, and entries of the first index: small, since
 * most runs are short and every typed array is fresh memory that some run has to zero.
 */
const CHUNK = 1 << 20;
const FIRST_CHUNK = 1 << 10;
const FIRST_INDEX = 1 << 10;
/** Words enough for any event's own fields (places and values ask for theirs). */
const EVENT_ROOM = 32;
/** Words enough for one value's own fields, or a place's without its path. */
const NODE_ROOM = 16;
/** Slots of the log's memo of recent strings (a power of two). */
const MEMO = 64;

const f64 = new Float64Array(1);
const f64words = new Int32Array(f64.buffer);
const EMPTY: readonly never[] = Object.freeze([]);

type StepWhat = (typeof STEP_WHAT)[number];

export class EventLog implements EventSeq {
  /**
   * @param checked read every event back as it is appended, and throw unless it gives back the same
   * JSON (dev and tests: the interpreter's traces are made this way there).
   */
  constructor(private readonly checked = false) {}

  // Events are written into chunks, each event whole in one chunk: a chunk is made once and never
  // copied (a single growing array spent most of its time copying and zeroing itself again).
  private readonly chunks: Int32Array[] = [new Int32Array(FIRST_CHUNK)];
  /** The chunk being written, where the event being encoded starts in it, and its next word. */
  private words = this.chunks[0];
  private eventStart = 0;
  private top = 0;
  /** Where event i starts: its chunk and the word in it. */
  private startChunk = new Int32Array(FIRST_INDEX);
  private startWord = new Int32Array(FIRST_INDEX);
  private count = 0;
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly locs: (Loc | null)[] = [null];
  private readonly locIds = new Map<Loc, number>();

  get length(): number {
    return this.count;
  }

  /** Bytes held by the log's arrays (its strings and locations not counted). */
  get byteLength(): number {
    let n = this.startChunk.byteLength + this.startWord.byteLength;
    for (const c of this.chunks) n += c.byteLength;
    return n;
  }

  /** Forgets every event from `length` on (the interpreter takes back what a const initializer emitted). */
  truncate(length: number): void {
    if (length >= this.count) return;
    this.count = Math.max(0, length);
    // Writing goes on where the first event forgotten began.
    const c = this.startChunk[this.count];
    this.chunks.length = c + 1;
    this.words = this.chunks[c];
    this.top = this.startWord[this.count];
  }

  append(e: MemoryEvent): void {
    this.begin();
    this.encodeEvent(e);
    this.end();
    if (this.checked) this.checkLast(e);
  }

  /** Appends, then reads the event back: throws unless it gives back the same JSON. */
  appendChecked(e: MemoryEvent): void {
    this.begin();
    this.encodeEvent(e);
    this.end();
    this.checkLast(e);
  }

  private checkLast(e: MemoryEvent): void {
    const want = JSON.stringify(e);
    const back = JSON.stringify(this.at(this.count - 1));
    if (back !== want) throw new Error(`event log: ${want} reads back as ${back}`);
  }

  // ---------------------------------------------------------------- typed appends
  // One method per common kind, its fields in the schema's order: the interpreter calls these and
  // makes no event object for them (only check mode makes one here, to compare what reads back).

  step(seq: number, step: number, loc: Loc | null, frame: number, what: StepWhat): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'step', frame, what });
    this.begin();
    this.encStep(seq, step, loc, frame, what);
    this.end();
  }

  framePush(seq: number, step: number, loc: Loc | null, frame: number, fn: string, callLoc: Loc | null, addr: number): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'frame_push', frame, fn, callLoc, addr });
    this.begin();
    this.encFramePush(seq, step, loc, frame, fn, callLoc, addr);
    this.end();
  }

  localInit(seq: number, step: number, loc: Loc | null, frame: number, slot: number, name: string, ty: string, size: number, addr: number, value: ValueView): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'local_init', frame, slot, name, ty, size, addr, value });
    this.begin();
    this.encLocalInit(seq, step, loc, frame, slot, name, ty, size, addr, value);
    this.end();
  }

  write(seq: number, step: number, loc: Loc | null, target: PlaceRef, value: ValueView): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'write', target, value });
    this.begin();
    this.encWrite(seq, step, loc, target, value);
    this.end();
  }

  heapAlloc(seq: number, step: number, loc: Loc | null, block: number, ty: string, size: number, cap: number, addr: number, value: ValueView): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'heap_alloc', block, ty, size, cap, addr, value });
    this.begin();
    this.encHeapAlloc(seq, step, loc, block, ty, size, cap, addr, value);
    this.end();
  }

  moveOrCopy(move: boolean, seq: number, step: number, loc: Loc | null, from: PlaceRef, to: PlaceRef | null, ty: string): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: move ? 'move' : 'copy', from, to, ty });
    this.begin();
    this.encMoveOrCopy(move, seq, step, loc, from, to, ty);
    this.end();
  }

  borrow(seq: number, step: number, loc: Loc | null, borrow: number, mut: boolean, of: PlaceRef, into: PlaceRef | null): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'borrow', borrow, mut, of, into });
    this.begin();
    this.encBorrow(seq, step, loc, borrow, mut, of, into);
    this.end();
  }

  drop(seq: number, step: number, loc: Loc | null, target: PlaceRef, ty: string, custom: boolean): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'drop', target, ty, custom });
    this.begin();
    this.encDrop(seq, step, loc, target, ty, custom);
    this.end();
  }

  /** The kinds whose only field besides the common ones is a number: frame_pop, local_dead, heap_free, borrow_end. */
  framePop(seq: number, step: number, loc: Loc | null, frame: number): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'frame_pop', frame });
    this.oneNumber(Kind.FramePop, seq, step, loc, frame);
  }

  localDead(seq: number, step: number, loc: Loc | null, slot: number): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'local_dead', slot });
    this.oneNumber(Kind.LocalDead, seq, step, loc, slot);
  }

  heapFree(seq: number, step: number, loc: Loc | null, block: number): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'heap_free', block });
    this.oneNumber(Kind.HeapFree, seq, step, loc, block);
  }

  borrowEnd(seq: number, step: number, loc: Loc | null, borrow: number): void {
    if (this.checked) return this.appendChecked({ seq, step, loc, kind: 'borrow_end', borrow });
    this.oneNumber(Kind.BorrowEnd, seq, step, loc, borrow);
  }

  private oneNumber(code: Kind, seq: number, step: number, loc: Loc | null, x: number): void {
    this.begin();
    this.encOneNumber(code, seq, step, loc, x);
    this.end();
  }

  /** Starts an event: room for its own fields, in the chunk being written. */
  private begin(): void {
    this.eventStart = this.top;
    if (this.top + EVENT_ROOM > this.words.length) this.room(EVENT_ROOM);
  }

  /** Ends an event: recorded after encoding, as a chunk that filled up moved it to the next one. */
  private end(): void {
    if (this.count === this.startWord.length) this.growIndex();
    this.startChunk[this.count] = this.chunks.length - 1;
    this.startWord[this.count] = this.eventStart;
    this.count++;
  }

  private growIndex(): void {
    const words = new Int32Array(this.startWord.length * 2);
    words.set(this.startWord);
    this.startWord = words;
    const chunks = new Int32Array(this.startChunk.length * 2);
    chunks.set(this.startChunk);
    this.startChunk = chunks;
  }

  at(index: number): MemoryEvent | undefined {
    const i = index < 0 ? index + this.count : index;
    if (!(i >= 0 && i < this.count)) return undefined;
    return this.read(i);
  }

  private read(i: number): MemoryEvent {
    return new Reader(this, this.chunks[this.startChunk[i]], this.startWord[i]).event();
  }

  /** The step of event `index`, read without decoding the event. */
  stepOf(index: number): number {
    const w = this.chunks[this.startChunk[index]];
    let p = this.startWord[index];
    if (w[p] === Kind.Json) return this.read(index).step;
    p += w[p + 1] === ESCAPE ? 4 : 2; // the kind, then seq
    if (w[p] !== ESCAPE) return w[p];
    f64words[0] = w[p + 1];
    f64words[1] = w[p + 2];
    return f64[0];
  }

  /** Every event as an object, in order. */
  toArray(): MemoryEvent[] {
    const out = new Array<MemoryEvent>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.read(i);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<MemoryEvent> {
    for (let i = 0; i < this.count; i++) yield this.read(i);
  }

  // ---------------------------------------------------------------- reading (for Reader)

  string(id: number): string {
    return this.strings[id];
  }
  loc(id: number): Loc | null {
    return this.locs[id];
  }

  // ---------------------------------------------------------------- writing

  /**
   * Makes room for `n` more words; every writer asks before it writes. When the chunk is full, the
   * event written so far moves to a new chunk, each twice the one before up to CHUNK words (short
   * runs allocate little), or larger for an event that needs it.
   */
  private room(n: number): void {
    if (this.top + n <= this.words.length) return;
    const written = this.top - this.eventStart;
    // (An event that outgrows even that doubles its chunk, so a huge one is copied O(size) in all.)
    const chunk = new Int32Array(Math.max(Math.min(CHUNK, this.words.length * 2), 2 * (written + n)));
    chunk.set(this.words.subarray(this.eventStart, this.top));
    this.chunks.push(chunk);
    this.words = chunk;
    this.eventStart = 0;
    this.top = written;
  }

  private w(x: number): void {
    this.words[this.top++] = x;
  }

  /** Any number: int32 in one word, anything else escaped as a float64 (three words). */
  private num(x: number): void {
    if ((x | 0) === x && x !== ESCAPE) {
      this.words[this.top++] = x; // -0 too, as 0: the JSON of both is 0
      return;
    }
    f64[0] = x;
    this.words[this.top++] = ESCAPE;
    this.words[this.top++] = f64words[0];
    this.words[this.top++] = f64words[1];
  }

  /**
   * The strings interned last, by a cheap hash of their length and end characters: nearly every
   * string an event names (a type, a local's or a field's name) was named by an event just before,
   * and comparing with one string costs less than a lookup in the map.
   */
  private readonly recent: string[] = new Array<string>(MEMO).fill('');
  private readonly recentIds: number[] = new Array<number>(MEMO).fill(0);

  private str(s: string): void {
    const n = s.length;
    const h = n === 0 ? 0 : (n + s.charCodeAt(0) * 7 + s.charCodeAt(n - 1) * 13) & (MEMO - 1);
    if (this.recent[h] === s && n !== 0) {
      this.words[this.top++] = this.recentIds[h];
      return;
    }
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    this.recent[h] = s;
    this.recentIds[h] = id;
    this.words[this.top++] = id;
  }

  private lastLoc: Loc | null = null;
  private lastLocId = 0;

  private locWord(l: Loc | null): void {
    // Most events share the statement's loc with the one before.
    if (l === this.lastLoc) {
      this.words[this.top++] = this.lastLocId;
      return;
    }
    let id = 0;
    if (l !== null) {
      const known = this.locIds.get(l);
      if (known === undefined) {
        id = this.locs.length;
        this.locs.push(l);
        this.locIds.set(l, id);
      } else id = known;
    }
    this.lastLoc = l;
    this.lastLocId = id;
    this.words[this.top++] = id;
  }

  /**
   * The kind's code, then the fields every event has. Each case of `encodeEvent` reads them itself:
   * a read in one place for all kinds would see twenty shapes of object and be slow.
   */
  private head(code: Kind, seq: number, step: number, loc: Loc | null): void {
    this.w(code);
    this.num(seq);
    this.num(step);
    this.locWord(loc);
  }

  private encodeEvent(e: MemoryEvent): void {
    switch (e.kind) {
      // The commonest kinds first: a switch on strings tries its cases in order.
      case 'step':
        return this.encStep(e.seq, e.step, e.loc, e.frame, e.what);
      case 'local_init':
        return this.encLocalInit(e.seq, e.step, e.loc, e.frame, e.slot, e.name, e.ty, e.size, e.addr, e.value);
      case 'local_dead':
        return this.encOneNumber(Kind.LocalDead, e.seq, e.step, e.loc, e.slot);
      case 'move':
      case 'copy':
        return this.encMoveOrCopy(e.kind === 'move', e.seq, e.step, e.loc, e.from, e.to, e.ty);
      case 'write':
        return this.encWrite(e.seq, e.step, e.loc, e.target, e.value);
      case 'heap_alloc':
        return this.encHeapAlloc(e.seq, e.step, e.loc, e.block, e.ty, e.size, e.cap, e.addr, e.value);
      case 'heap_free':
        return this.encOneNumber(Kind.HeapFree, e.seq, e.step, e.loc, e.block);
      case 'drop':
        return this.encDrop(e.seq, e.step, e.loc, e.target, e.ty, e.custom);
      case 'borrow':
        return this.encBorrow(e.seq, e.step, e.loc, e.borrow, e.mut, e.of, e.into);
      case 'borrow_end':
        return this.encOneNumber(Kind.BorrowEnd, e.seq, e.step, e.loc, e.borrow);
      case 'frame_push':
        return this.encFramePush(e.seq, e.step, e.loc, e.frame, e.fn, e.callLoc, e.addr);
      case 'frame_pop':
        return this.encOneNumber(Kind.FramePop, e.seq, e.step, e.loc, e.frame);
      case 'output':
        this.head(Kind.Output, e.seq, e.step, e.loc);
        this.w(e.stream === 'stdout' ? 0 : 1);
        this.str(e.text);
        return;
      case 'static_alloc':
        this.head(Kind.StaticAlloc, e.seq, e.step, e.loc);
        this.num(e.id);
        this.str(e.name);
        this.str(e.ty);
        this.num(e.size);
        this.num(e.addr);
        this.value(e.value);
        return;
      case 'heap_realloc':
        this.head(Kind.HeapRealloc, e.seq, e.step, e.loc);
        this.num(e.block);
        this.num(e.size);
        this.num(e.cap);
        this.num(e.addr);
        this.num(e.oldAddr);
        this.value(e.value);
        return;
      case 'panic':
        this.head(Kind.Panic, e.seq, e.step, e.loc);
        this.str(e.message);
        this.str(e.location);
        return;
      case 'stack_overflow':
        this.head(Kind.StackOverflow, e.seq, e.step, e.loc);
        this.str(e.fn);
        this.num(e.depth);
        return;
      case 'step_limit':
        this.head(Kind.StepLimit, e.seq, e.step, e.loc);
        this.num(e.limit);
        return;
      case 'exit':
        this.head(Kind.Exit, e.seq, e.step, e.loc);
        this.num(e.code);
        return;
      default:
        // Not an event this encoder knows: kept whole, as JSON.
        this.w(Kind.Json);
        this.str(JSON.stringify(e));
    }
  }

  private encOneNumber(code: Kind, seq: number, step: number, loc: Loc | null, x: number): void {
    this.head(code, seq, step, loc);
    this.num(x);
  }

  private encStep(seq: number, step: number, loc: Loc | null, frame: number, what: StepWhat): void {
    this.head(Kind.Step, seq, step, loc);
    this.num(frame);
    this.w(STEP_WHAT.indexOf(what));
  }

  private encFramePush(seq: number, step: number, loc: Loc | null, frame: number, fn: string, callLoc: Loc | null, addr: number): void {
    this.head(Kind.FramePush, seq, step, loc);
    this.num(frame);
    this.str(fn);
    this.locWord(callLoc);
    this.num(addr);
  }

  private encLocalInit(seq: number, step: number, loc: Loc | null, frame: number, slot: number, name: string, ty: string, size: number, addr: number, value: ValueView): void {
    this.head(Kind.LocalInit, seq, step, loc);
    this.num(frame);
    this.num(slot);
    this.str(name);
    this.str(ty);
    this.num(size);
    this.num(addr);
    this.value(value);
  }

  private encWrite(seq: number, step: number, loc: Loc | null, target: PlaceRef, value: ValueView): void {
    this.head(Kind.Write, seq, step, loc);
    this.place(target);
    this.value(value);
  }

  private encHeapAlloc(seq: number, step: number, loc: Loc | null, block: number, ty: string, size: number, cap: number, addr: number, value: ValueView): void {
    this.head(Kind.HeapAlloc, seq, step, loc);
    this.num(block);
    this.str(ty);
    this.num(size);
    this.num(cap);
    this.num(addr);
    this.value(value);
  }

  private encMoveOrCopy(move: boolean, seq: number, step: number, loc: Loc | null, from: PlaceRef, to: PlaceRef | null, ty: string): void {
    this.head(move ? Kind.Move : Kind.Copy, seq, step, loc);
    this.place(from);
    this.place(to);
    this.str(ty);
  }

  private encBorrow(seq: number, step: number, loc: Loc | null, borrow: number, mut: boolean, of: PlaceRef, into: PlaceRef | null): void {
    this.head(Kind.Borrow, seq, step, loc);
    this.num(borrow);
    this.w(mut ? 1 : 0);
    this.place(of);
    this.place(into);
  }

  private encDrop(seq: number, step: number, loc: Loc | null, target: PlaceRef, ty: string, custom: boolean): void {
    this.head(Kind.Drop, seq, step, loc);
    this.place(target);
    this.str(ty);
    this.w(custom ? 1 : 0);
  }

  /** A place: its region (-1 for null), id, path, name and address. */
  private place(p: PlaceRef | null): void {
    this.room(p === null ? 1 : NODE_ROOM + p.path.length * 3);
    if (p === null) {
      this.w(-1);
      return;
    }
    const region = p.slot !== undefined ? 0 : p.block !== undefined ? 1 : 2;
    this.w(region);
    this.num(region === 0 ? p.slot! : region === 1 ? p.block! : p.static!);
    const path = p.path;
    this.w(path.length);
    for (let i = 0; i < path.length; i++) this.num(path[i]);
    this.str(p.name);
    this.num(p.addr);
  }

  private value(v: ValueView): void {
    this.room(NODE_ROOM);
    switch (v.t) {
      case 'int': {
        const n = smallInt(v.v);
        if (n !== null) {
          this.w(V_SMALL_INT);
          this.w(n);
          return;
        }
        this.w(V_INT);
        this.str(v.v);
        return;
      }
      case 'float':
        this.w(V_FLOAT);
        this.str(v.v);
        return;
      case 'bool':
        this.w(V_BOOL);
        this.w(v.v ? 1 : 0);
        return;
      case 'char':
        this.w(V_CHAR);
        this.str(v.v);
        return;
      case 'unit':
        this.w(V_UNIT);
        return;
      case 'ptr': {
        // Which of the optional fields are there (the interpreter never writes both).
        const flags = (v.len !== undefined ? 1 : 0) | (v.vtable !== undefined ? 2 : 0);
        if (flags === 3) {
          this.w(V_JSON);
          this.str(JSON.stringify(v));
          return;
        }
        this.w(V_PTR);
        this.w(PTR_KINDS.indexOf(v.kind));
        this.num(v.addr);
        this.w(flags);
        if (flags & 1) this.num(v.len!);
        if (flags & 2) this.str(v.vtable!);
        return;
      }
      case 'struct':
        this.w(V_STRUCT);
        this.str(v.name);
        this.fields(v.fields);
        return;
      case 'enum':
        this.w(V_ENUM);
        this.str(v.name);
        this.str(v.variant);
        this.fields(v.fields);
        return;
      case 'tuple':
      case 'array': {
        this.w(v.t === 'tuple' ? V_TUPLE : V_ARRAY);
        const elems = v.elems;
        this.w(elems.length);
        for (let i = 0; i < elems.length; i++) this.value(elems[i]);
        return;
      }
      case 'str':
        this.w(V_STR);
        this.str(v.text);
        return;
      case 'fn':
        this.w(V_FN);
        this.str(v.name);
        return;
      case 'uninit':
        this.w(V_UNINIT);
        return;
      case 'moved':
        this.w(V_MOVED);
        return;
      default:
        this.w(V_JSON);
        this.str(JSON.stringify(v));
    }
  }

  private fields(fs: readonly FieldView[]): void {
    this.w(fs.length);
    for (let i = 0; i < fs.length; i++) {
      this.room(1);
      this.str(fs[i].name);
      this.value(fs[i].value);
    }
  }
}

/**
 * The value of a decimal integer of up to 9 digits written as `String(n)` writes it, else null:
 * most integers a program shows are small, and a word is cheaper than a string to intern.
 */
function smallInt(s: string): number | null {
  const len = s.length;
  if (len === 0 || len > 9) return null;
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (i === len || (s.charCodeAt(i) === 48 && len > i + 1) || (i === 1 && s === '-0')) return null; // leading zeros, "-0"
  let n = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
  }
  return s.charCodeAt(0) === 45 ? -n : n;
}

/** Decodes one event from its first word. */
class Reader {
  constructor(
    private readonly log: EventLog,
    private readonly words: Int32Array,
    private p: number,
  ) {}

  private w(): number {
    return this.words[this.p++];
  }

  private num(): number {
    const x = this.words[this.p++];
    if (x !== ESCAPE) return x;
    f64words[0] = this.words[this.p++];
    f64words[1] = this.words[this.p++];
    return f64[0];
  }

  private str(): string {
    return this.log.string(this.words[this.p++]);
  }

  private loc(): Loc | null {
    return this.log.loc(this.words[this.p++]);
  }

  event(): MemoryEvent {
    const code = this.w();
    if (code === Kind.Json) return JSON.parse(this.str()) as MemoryEvent;
    const seq = this.num();
    const step = this.num();
    const loc = this.loc();
    switch (code as Kind) {
      case Kind.Step:
        return { seq, step, loc, kind: 'step', frame: this.num(), what: STEP_WHAT[this.w()] };
      case Kind.FramePush:
        return { seq, step, loc, kind: 'frame_push', frame: this.num(), fn: this.str(), callLoc: this.loc(), addr: this.num() };
      case Kind.FramePop:
        return { seq, step, loc, kind: 'frame_pop', frame: this.num() };
      case Kind.LocalInit:
        return { seq, step, loc, kind: 'local_init', frame: this.num(), slot: this.num(), name: this.str(), ty: this.str(), size: this.num(), addr: this.num(), value: this.value() };
      case Kind.LocalDead:
        return { seq, step, loc, kind: 'local_dead', slot: this.num() };
      case Kind.Write:
        return { seq, step, loc, kind: 'write', target: this.place()!, value: this.value() };
      case Kind.StaticAlloc:
        return { seq, step, loc, kind: 'static_alloc', id: this.num(), name: this.str(), ty: this.str(), size: this.num(), addr: this.num(), value: this.value() };
      case Kind.HeapAlloc:
        return { seq, step, loc, kind: 'heap_alloc', block: this.num(), ty: this.str(), size: this.num(), cap: this.num(), addr: this.num(), value: this.value() };
      case Kind.HeapRealloc:
        return { seq, step, loc, kind: 'heap_realloc', block: this.num(), size: this.num(), cap: this.num(), addr: this.num(), oldAddr: this.num(), value: this.value() };
      case Kind.HeapFree:
        return { seq, step, loc, kind: 'heap_free', block: this.num() };
      case Kind.Move:
        return { seq, step, loc, kind: 'move', from: this.place()!, to: this.place(), ty: this.str() };
      case Kind.Copy:
        return { seq, step, loc, kind: 'copy', from: this.place()!, to: this.place(), ty: this.str() };
      case Kind.Borrow:
        return { seq, step, loc, kind: 'borrow', borrow: this.num(), mut: this.w() === 1, of: this.place()!, into: this.place() };
      case Kind.BorrowEnd:
        return { seq, step, loc, kind: 'borrow_end', borrow: this.num() };
      case Kind.Drop:
        return { seq, step, loc, kind: 'drop', target: this.place()!, ty: this.str(), custom: this.w() === 1 };
      case Kind.Output:
        return { seq, step, loc, kind: 'output', stream: this.w() === 0 ? 'stdout' : 'stderr', text: this.str() };
      case Kind.Panic:
        return { seq, step, loc, kind: 'panic', message: this.str(), location: this.str() };
      case Kind.StackOverflow:
        return { seq, step, loc, kind: 'stack_overflow', fn: this.str(), depth: this.num() };
      case Kind.StepLimit:
        return { seq, step, loc, kind: 'step_limit', limit: this.num() };
      default:
        return { seq, step, loc, kind: 'exit', code: this.num() };
    }
  }

  private place(): PlaceRef | null {
    const region = this.w();
    if (region === -1) return null;
    const id = this.num();
    const n = this.w();
    let path: readonly number[] = EMPTY;
    if (n > 0) {
      const p = new Array<number>(n);
      for (let i = 0; i < n; i++) p[i] = this.num();
      path = p;
    }
    const name = this.str();
    const addr = this.num();
    if (region === 0) return { slot: id, path, name, addr };
    if (region === 1) return { block: id, path, name, addr };
    return { static: id, path, name, addr };
  }

  private value(): ValueView {
    switch (this.w()) {
      case V_INT:
        return { t: 'int', v: this.str() };
      case V_SMALL_INT:
        return { t: 'int', v: String(this.w()) };
      case V_FLOAT:
        return { t: 'float', v: this.str() };
      case V_BOOL:
        return { t: 'bool', v: this.w() === 1 };
      case V_CHAR:
        return { t: 'char', v: this.str() };
      case V_UNIT:
        return { t: 'unit' };
      case V_PTR: {
        const kind = PTR_KINDS[this.w()];
        const addr = this.num();
        const flags = this.w();
        if (flags === 0) return { t: 'ptr', kind, addr };
        if (flags === 1) return { t: 'ptr', kind, addr, len: this.num() };
        return { t: 'ptr', kind, addr, vtable: this.str() };
      }
      case V_STRUCT:
        return { t: 'struct', name: this.str(), fields: this.fields() };
      case V_ENUM:
        return { t: 'enum', name: this.str(), variant: this.str(), fields: this.fields() };
      case V_TUPLE:
        return { t: 'tuple', elems: this.elems() };
      case V_ARRAY:
        return { t: 'array', elems: this.elems() };
      case V_STR:
        return { t: 'str', text: this.str() };
      case V_FN:
        return { t: 'fn', name: this.str() };
      case V_UNINIT:
        return { t: 'uninit' };
      case V_MOVED:
        return { t: 'moved' };
      default:
        return JSON.parse(this.str()) as ValueView;
    }
  }

  private fields(): FieldView[] {
    const n = this.w();
    const out = new Array<FieldView>(n);
    for (let i = 0; i < n; i++) out[i] = { name: this.str(), value: this.value() };
    return out;
  }

  private elems(): ValueView[] {
    const n = this.w();
    const out = new Array<ValueView>(n);
    for (let i = 0; i < n; i++) out[i] = this.value();
    return out;
  }
}
