// Hand-written traces for tests: numbers seq and step for you, so a test
// reads as the list of things the program did.

import { TRACE_VERSION, type Loc, type MemoryEvent, type PlaceRef, type Trace, type ValueView } from '../../src/events/schema.js';

type Body<E> = E extends MemoryEvent ? Omit<E, 'seq' | 'step' | 'loc'> : never;

export class TraceBuilder {
  readonly events: MemoryEvent[] = [];
  private step = 0;
  private opened = false;
  private loc: Loc | null = null;

  /** Starts a new step at `line`. */
  stepAt(line: number, frame = 0, what: 'stmt' | 'call' | 'return' | 'drop' = 'stmt'): this {
    if (this.opened) this.step++;
    this.opened = true;
    this.loc = [line, 5, line, 40];
    return this.add({ kind: 'step', frame, what });
  }

  add(body: Body<MemoryEvent>): this {
    this.events.push({ seq: this.events.length, step: this.step, loc: this.loc, ...body } as MemoryEvent);
    return this;
  }

  trace(overrides: Partial<Trace> = {}): Trace {
    const stdout = this.events.map((e) => (e.kind === 'output' && e.stream === 'stdout' ? e.text : '')).join('');
    const exit = this.events.find((e) => e.kind === 'exit');
    return {
      version: TRACE_VERSION,
      fileName: 'test.rs',
      events: this.events,
      stdout,
      stderr: '',
      exitCode: exit && exit.kind === 'exit' ? exit.code : 0,
      outcome: 'exit',
      steps: this.events.length ? this.events[this.events.length - 1].step + 1 : 0,
      ...overrides,
    };
  }
}

export const int = (n: number): ValueView => ({ t: 'int', v: String(n) });
export const str = (text: string): ValueView => ({ t: 'str', text });

export function slotRef(slot: number, name: string, addr: number, path: number[] = []): PlaceRef {
  return { slot, path, name, addr };
}

export function blockRef(block: number, name: string, addr: number, path: number[] = []): PlaceRef {
  return { block, path, name, addr };
}

/**
 * The seed article's program (corpus 001): `john` holds a &str into a
 * heap String "John", and find_employee_bonus borrows john.salary.
 */
export function employeeTrace(): Trace {
  const b = new TraceBuilder();
  const JOHN = 0x7ff0_0000 - 48;
  const BUF = 0x0100_0000;
  const employee = (bonus: number): ValueView => ({
    t: 'struct',
    name: 'Employee',
    fields: [
      { name: 'name', value: { t: 'ptr', kind: 'ref', addr: BUF, len: 4 } },
      { name: 'salary', value: int(5000) },
      { name: 'sales', value: int(5) },
      { name: 'bonus', value: int(bonus) },
    ],
  });
  const stringHeader: ValueView = {
    t: 'struct',
    name: 'String',
    fields: [
      { name: 'ptr', value: { t: 'ptr', kind: 'raw', addr: BUF } },
      { name: 'cap', value: int(4) },
      { name: 'len', value: int(4) },
    ],
  };
  b.stepAt(24, 0, 'call')
    .add({ kind: 'frame_push', frame: 0, fn: 'main', callLoc: null, addr: 0x7ff0_0000 })
    .stepAt(26)
    .add({ kind: 'heap_alloc', block: 1, ty: 'str', size: 4, cap: 4, addr: BUF, value: str('John') })
    .add({ kind: 'local_init', frame: 0, slot: 0, name: '_tmp', ty: 'String', size: 24, addr: JOHN - 24, value: stringHeader })
    .add({ kind: 'local_init', frame: 0, slot: 1, name: 'john', ty: 'Employee', size: 32, addr: JOHN, value: employee(0) })
    .stepAt(34, 0, 'call')
    .add({ kind: 'borrow', borrow: 0, mut: false, of: slotRef(1, 'john.salary', JOHN + 16, [1]), into: null })
    .add({ kind: 'frame_push', frame: 1, fn: 'find_employee_bonus', callLoc: [34, 18, 34, 62], addr: JOHN - 64 })
    .add({ kind: 'local_init', frame: 1, slot: 2, name: 'salary', ty: '&i32', size: 8, addr: JOHN - 72, value: { t: 'ptr', kind: 'ref', addr: JOHN + 16 } })
    .add({ kind: 'local_init', frame: 1, slot: 3, name: 'no_of_sales', ty: 'i32', size: 4, addr: JOHN - 76, value: int(5) })
    .stepAt(21, 1, 'return')
    .add({ kind: 'local_dead', slot: 3 })
    .add({ kind: 'local_dead', slot: 2 })
    .add({ kind: 'frame_pop', frame: 1 })
    .add({ kind: 'borrow_end', borrow: 0 })
    .add({ kind: 'write', target: slotRef(1, 'john.bonus', JOHN + 24, [3]), value: int(2500) })
    .stepAt(35)
    .add({ kind: 'output', stream: 'stdout', text: 'Bonus for John is 2500\n' })
    .stepAt(36, 0, 'return')
    .add({ kind: 'drop', target: slotRef(0, '_tmp', JOHN - 24), ty: 'String', custom: false })
    .add({ kind: 'heap_free', block: 1 })
    .add({ kind: 'local_dead', slot: 1 })
    .add({ kind: 'local_dead', slot: 0 })
    .add({ kind: 'frame_pop', frame: 0 })
    .add({ kind: 'exit', code: 0 });
  return b.trace();
}
