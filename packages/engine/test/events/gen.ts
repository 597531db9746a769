// Synthetic traces for the reducer's tests and benchmark. A tiny simulated
// machine runs a random "program": calls and returns, locals of several
// types, String/Box/Vec heap blocks, writes to whole slots and fields,
// moves, copies, borrows, drops, output and a final exit (or panic). It
// tracks what is alive so that every trace it produces is valid.

import { TRACE_VERSION, type Loc, type MemoryEvent, type PlaceRef, type Trace, type ValueView } from '../../src/events/schema.js';

export interface GenOptions {
  /** Stop adding work once this many events exist (the unwind + exit adds a few more). */
  readonly events: number;
  readonly seed?: number;
  readonly maxDepth?: number;
  readonly maxLocalsPerFrame?: number;
  /** End with a panic (exit 101) instead of a normal exit. */
  readonly panic?: boolean;
}

type Kind = 'int' | 'string' | 'box' | 'vec' | 'employee' | 'array' | 'ref';

interface SimSlot {
  readonly id: number;
  readonly name: string;
  readonly ty: string;
  readonly kind: Kind;
  readonly size: number;
  readonly addr: number;
  value: ValueView;
  /** The heap block this slot owns, if any. */
  block: number | null;
  moved: boolean;
}

interface SimFrame {
  readonly id: number;
  readonly fn: string;
  readonly addr: number;
  readonly slots: SimSlot[];
  sp: number;
}

interface SimBlock {
  readonly id: number;
  addr: number;
  size: number;
  cap: number;
  value: ValueView;
}

interface SimBorrow {
  readonly id: number;
  readonly of: number;
  readonly into: number;
}

const EMPTY_PATH: readonly number[] = Object.freeze([]);
const FN_NAMES = ['main', 'compute', 'find_employee_bonus', 'get_bonus_percentage', 'push_all', 'sum', 'helper'];
const LOCAL_NAMES = ['x', 'y', 's', 'v', 'b', 'r', 'total', 'name', 'john', 'count', 'i', 'nums', 'msg', 'bonus'];
const WORDS = ['John', 'hello', 'world', 'Rust', 'memviz', 'ownership', 'borrow'];
const SIZE: Record<Kind, number> = { int: 4, string: 24, box: 8, vec: 24, employee: 32, array: 16, ref: 8 };
const TYPE: Record<Kind, string> = { int: 'i32', string: 'String', box: 'Box<i32>', vec: 'Vec<i32>', employee: 'Employee', array: '[i32; 4]', ref: '&i32' };

/** Deterministic PRNG (mulberry32), so a failing seed reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateTrace(options: GenOptions): Trace {
  return new Generator(options).run();
}

class Generator {
  private readonly events: MemoryEvent[] = [];
  private readonly random: () => number;
  private readonly maxDepth: number;
  private readonly maxLocals: number;
  private readonly locs: Loc[] = [];
  private readonly frames: SimFrame[] = [];
  private readonly blocks = new Map<number, SimBlock>();
  private readonly borrows: SimBorrow[] = [];
  private readonly staticIds = new Map<string, { id: number; addr: number }>();
  /** Current step; the first `step` event opens step 0. */
  private step = 0;
  private stepOpened = false;
  private loc: Loc | null = null;
  private ids = { frame: 0, slot: 0, block: 0, borrow: 0, static: 0 };
  private heapTop = 0x0100_0000;
  private staticTop = 0x0040_0000;
  private stdout = '';

  constructor(private readonly options: GenOptions) {
    this.random = rng(options.seed ?? 1);
    this.maxDepth = options.maxDepth ?? 8;
    this.maxLocals = options.maxLocalsPerFrame ?? 8;
    // One shared Loc per source line, as an interpreter reuses its MIR spans.
    for (let line = 1; line <= 200; line++) this.locs.push(Object.freeze([line, 5, line, 30]) as Loc);
  }

  run(): Trace {
    this.beginStep('call');
    this.pushFrame('main', null);
    while (this.events.length < this.options.events) this.act();
    return this.finish();
  }

  // --- event emission -----------------------------------------------------

  /** Call sites spell out seq/step/loc in each literal, as an interpreter would: compact objects, no spread. */
  private emit(event: Record<string, unknown>): void {
    this.events.push(event as unknown as MemoryEvent);
  }

  private beginStep(what: 'stmt' | 'call' | 'return' | 'drop'): void {
    if (this.stepOpened) this.step++;
    this.stepOpened = true;
    this.loc = this.locs[Math.floor(this.random() * this.locs.length)];
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'step', frame: this.frames.length ? this.top().id : 0, what });
  }

  private top(): SimFrame {
    return this.frames[this.frames.length - 1];
  }

  private place(slot: SimSlot, path: readonly number[] = EMPTY_PATH, suffix = ''): PlaceRef {
    return { slot: slot.id, path, name: slot.name + suffix, addr: slot.addr + (path.length ? path[0] * 4 : 0) };
  }

  private blockPlace(block: SimBlock, name: string): PlaceRef {
    return { block: block.id, path: EMPTY_PATH, name, addr: block.addr };
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  // --- the random program -------------------------------------------------

  private act(): void {
    const r = this.random();
    const frame = this.top();
    const depth = this.frames.length;
    if (r < 0.08 && depth < this.maxDepth) return this.call();
    if (r < 0.16 && depth > 1) return this.ret();
    if (r < 0.4 && frame.slots.length < this.maxLocals) return this.declare();
    if (r < 0.45) return this.print();
    if (r < 0.52) return this.moveOut();
    if (r < 0.57) return this.copyInt();
    if (r < 0.64) return this.borrowSomething();
    if (r < 0.7) return this.endBorrow();
    if (r < 0.75) return this.vecPush();
    if (r < 0.8 && frame.slots.length > 0) return this.scopeEnd(this.pick(frame.slots));
    return this.assign();
  }

  private call(): void {
    const caller = this.top();
    const arg = caller.slots.find((s) => s.kind === 'int' && !s.moved);
    this.beginStep('call');
    this.pushFrame(this.pick(FN_NAMES.slice(1)), this.loc);
    if (arg) {
      const param = this.newSlot('int', 'n', this.intValue(arg.value));
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'copy', from: this.place(arg), to: this.place(param), ty: 'i32' });
    }
  }

  private pushFrame(fn: string, callLoc: Loc | null): void {
    const below = this.frames.length ? this.top().sp : 0x7ff0_0000;
    const frame: SimFrame = { id: this.ids.frame++, fn, addr: below - 16, slots: [], sp: below - 16 };
    this.frames.push(frame);
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'frame_push', frame: frame.id, fn, callLoc, addr: frame.addr });
  }

  private ret(): void {
    this.beginStep('return');
    const frame = this.top();
    for (let i = frame.slots.length - 1; i >= 0; i--) this.killSlot(frame.slots[i]);
    this.frames.pop();
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'frame_pop', frame: frame.id });
    const caller = this.top();
    const target = caller.slots.find((s) => s.kind === 'int' && !s.moved);
    if (target) {
      target.value = this.int(Math.floor(this.random() * 1000));
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'write', target: this.place(target), value: target.value });
    }
  }

  private declare(): void {
    this.beginStep('stmt');
    const kind = this.pick<Kind>(['int', 'int', 'string', 'box', 'vec', 'employee', 'array']);
    const name = this.pick(LOCAL_NAMES);
    switch (kind) {
      case 'int':
        this.newSlot('int', name, this.int(Math.floor(this.random() * 100)));
        return;
      case 'string': {
        const text = this.pick(WORDS);
        const block = this.alloc('str', text.length, text.length, { t: 'str', text });
        this.newSlot('string', name, this.header('String', block), block.id);
        return;
      }
      case 'box': {
        const block = this.alloc('i32', 4, 4, this.int(7));
        this.newSlot('box', name, { t: 'ptr', kind: 'box', addr: block.addr }, block.id);
        return;
      }
      case 'vec': {
        const block = this.alloc('[i32]', 8, 16, { t: 'array', elems: [this.int(1), this.int(2), { t: 'uninit' }, { t: 'uninit' }] });
        this.newSlot('vec', name, this.header('Vec', block, 2), block.id);
        return;
      }
      case 'employee': {
        const text = 'John';
        const st = this.staticStr(text);
        const value: ValueView = {
          t: 'struct',
          name: 'Employee',
          fields: [
            { name: 'name', value: { t: 'ptr', kind: 'ref', addr: st.addr, len: text.length } },
            { name: 'salary', value: this.int(5000) },
            { name: 'sales', value: this.int(5) },
            { name: 'bonus', value: this.int(0) },
          ],
        };
        this.newSlot('employee', name, value);
        return;
      }
      case 'array':
        this.newSlot('array', name, { t: 'array', elems: [this.int(1), this.int(2), this.int(3), this.int(4)] });
        return;
      case 'ref':
        return;
    }
  }

  private assign(): void {
    const candidates = this.top().slots.filter((s) => !s.moved && (s.kind === 'int' || s.kind === 'employee' || s.kind === 'array'));
    if (candidates.length === 0) return this.declare();
    const slot = this.pick(candidates);
    this.beginStep('stmt');
    const n = Math.floor(this.random() * 10_000);
    if (slot.kind === 'int') {
      slot.value = this.int(n);
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'write', target: this.place(slot), value: slot.value });
    } else {
      const index = slot.kind === 'employee' ? 1 + Math.floor(this.random() * 3) : Math.floor(this.random() * 4);
      const suffix = slot.kind === 'employee' ? ['.name', '.salary', '.sales', '.bonus'][index] : `[${index}]`;
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'write', target: this.place(slot, [index], suffix), value: this.int(n) });
    }
  }

  private print(): void {
    this.beginStep('stmt');
    const text = `${this.pick(WORDS)} ${this.step}\n`;
    this.stdout += text;
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'output', stream: 'stdout', text });
  }

  private moveOut(): void {
    const frame = this.top();
    const owner = frame.slots.find((s) => s.block !== null && !s.moved && !this.isBorrowed(s));
    if (!owner || frame.slots.length >= this.maxLocals) return this.assign();
    this.beginStep('stmt');
    const to = this.newSlot(owner.kind, this.pick(LOCAL_NAMES), { t: 'uninit' });
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'move', from: this.place(owner), to: this.place(to), ty: owner.ty });
    to.value = owner.value;
    to.block = owner.block;
    owner.block = null;
    owner.moved = true;
  }

  private copyInt(): void {
    const frame = this.top();
    const src = frame.slots.find((s) => s.kind === 'int' && !s.moved);
    const dst = frame.slots.find((s) => s.kind === 'int' && !s.moved && s !== src);
    if (!src || !dst) return this.assign();
    this.beginStep('stmt');
    dst.value = src.value;
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'copy', from: this.place(src), to: this.place(dst), ty: 'i32' });
  }

  private borrowSomething(): void {
    const frame = this.top();
    const of = frame.slots.find((s) => s.kind === 'int' && !s.moved);
    if (!of || frame.slots.length >= this.maxLocals) return this.assign();
    this.beginStep('stmt');
    const into = this.newSlot('ref', 'r', { t: 'ptr', kind: 'ref', addr: of.addr });
    const id = this.ids.borrow++;
    this.borrows.push({ id, of: of.id, into: into.id });
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'borrow', borrow: id, mut: this.random() < 0.3, of: this.place(of), into: this.place(into) });
  }

  private endBorrow(): void {
    if (this.borrows.length === 0) return this.assign();
    const b = this.borrows.shift()!;
    this.beginStep('stmt');
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'borrow_end', borrow: b.id });
  }

  private vecPush(): void {
    const vec = this.top().slots.find((s) => s.kind === 'vec' && !s.moved && s.block !== null);
    if (!vec) return this.assign();
    const block = this.blocks.get(vec.block!)!;
    this.beginStep('stmt');
    const elems = block.value.t === 'array' ? block.value.elems : [];
    const len = elems.filter((e) => e.t !== 'uninit').length;
    if (len === elems.length) {
      // Full: grow to twice the capacity at a new address, as RawVec does.
      const grown: ValueView[] = [...elems, ...elems.map((): ValueView => ({ t: 'uninit' }))];
      grown[len] = this.int(len + 1);
      const oldAddr = block.addr;
      block.addr = this.bump(block.cap * 2);
      block.cap *= 2;
      block.size = (len + 1) * 4;
      block.value = { t: 'array', elems: grown };
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'heap_realloc', block: block.id, size: block.size, cap: block.cap, addr: block.addr, oldAddr, value: block.value });
    } else {
      block.size = (len + 1) * 4;
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'write', target: { block: block.id, path: [len], name: `${vec.name}[${len}]`, addr: block.addr + len * 4 }, value: this.int(len + 1) });
      const e = [...elems];
      e[len] = this.int(len + 1);
      block.value = { t: 'array', elems: e };
    }
    vec.value = this.header('Vec', block, len + 1);
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'write', target: this.place(vec), value: vec.value });
  }

  private scopeEnd(slot: SimSlot): void {
    this.beginStep('drop');
    this.killSlot(slot);
  }

  /** Ends borrows touching the slot, drops what it owns, and takes it off the stack. */
  private killSlot(slot: SimSlot): void {
    for (let i = this.borrows.length - 1; i >= 0; i--) {
      const b = this.borrows[i];
      if (b.of === slot.id || b.into === slot.id) {
        this.borrows.splice(i, 1);
        this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'borrow_end', borrow: b.id });
      }
    }
    if (!slot.moved && slot.block !== null) {
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'drop', target: this.place(slot), ty: slot.ty, custom: false });
      this.blocks.delete(slot.block);
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'heap_free', block: slot.block });
    }
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'local_dead', slot: slot.id });
    const frame = this.frames.find((f) => f.slots.includes(slot))!;
    frame.slots.splice(frame.slots.indexOf(slot), 1);
  }

  private finish(): Trace {
    while (this.frames.length > 1) this.ret();
    if (this.options.panic) {
      this.beginStep('stmt');
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'panic', message: 'index out of bounds: the len is 4 but the index is 9', location: 'main.rs:12:5' });
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'output', stream: 'stderr', text: "thread 'main' panicked at main.rs:12:5\n" });
    } else {
      this.beginStep('return');
    }
    const main = this.top();
    for (let i = main.slots.length - 1; i >= 0; i--) this.killSlot(main.slots[i]);
    this.frames.pop();
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'frame_pop', frame: main.id });
    const code = this.options.panic ? 101 : 0;
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'exit', code });
    return {
      version: TRACE_VERSION,
      fileName: 'synthetic.rs',
      events: this.events,
      stdout: this.stdout,
      stderr: this.options.panic ? "thread 'main' panicked at main.rs:12:5\n" : '',
      exitCode: code,
      outcome: this.options.panic ? 'panic' : 'exit',
      steps: this.step + 1,
    };
  }

  // --- helpers ------------------------------------------------------------

  private newSlot(kind: Kind, name: string, value: ValueView, block: number | null = null): SimSlot {
    const frame = this.top();
    frame.sp -= SIZE[kind];
    const slot: SimSlot = { id: this.ids.slot++, name, ty: TYPE[kind], kind, size: SIZE[kind], addr: frame.sp, value, block, moved: false };
    frame.slots.push(slot);
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'local_init', frame: frame.id, slot: slot.id, name, ty: slot.ty, size: slot.size, addr: slot.addr, value });
    return slot;
  }

  private alloc(ty: string, size: number, cap: number, value: ValueView): SimBlock {
    const block: SimBlock = { id: this.ids.block++, addr: this.bump(cap), size, cap, value };
    this.blocks.set(block.id, block);
    this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'heap_alloc', block: block.id, ty, size, cap, addr: block.addr, value });
    return block;
  }

  private staticStr(text: string): { id: number; addr: number } {
    let st = this.staticIds.get(text);
    if (!st) {
      st = { id: this.ids.static++, addr: this.staticTop };
      this.staticTop += text.length;
      this.staticIds.set(text, st);
      this.emit({ seq: this.events.length, step: this.step, loc: this.loc, kind: 'static_alloc', id: st.id, name: JSON.stringify(text), ty: 'str', size: text.length, addr: st.addr, value: { t: 'str', text } });
    }
    return st;
  }

  private bump(bytes: number): number {
    const addr = this.heapTop;
    this.heapTop += Math.max(8, Math.ceil(bytes / 8) * 8);
    return addr;
  }

  private header(name: 'String' | 'Vec', block: SimBlock, len = block.size): ValueView {
    return {
      t: 'struct',
      name,
      fields: [
        { name: 'ptr', value: { t: 'ptr', kind: 'raw', addr: block.addr } },
        { name: 'cap', value: this.int(name === 'Vec' ? block.cap / 4 : block.cap) },
        { name: 'len', value: this.int(len) },
      ],
    };
  }

  private int(n: number): ValueView {
    return { t: 'int', v: String(n) };
  }

  private intValue(v: ValueView): ValueView {
    return v.t === 'int' ? v : this.int(0);
  }

  private isBorrowed(slot: SimSlot): boolean {
    return this.borrows.some((b) => b.of === slot.id);
  }
}
