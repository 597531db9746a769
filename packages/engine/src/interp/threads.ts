// std::thread, std::sync's locks and std::sync::mpsc's channels as the interpreter runs them.
//
// memviz runs one thread at a time: `thread::spawn` runs the new thread to its end at once, on a
// stack of its own (`Machine.runThread`), and then the spawning thread goes on. That is one of the
// interleavings a real run may take, so every program whose output does not depend on the
// scheduler prints what it prints under rustc. Where a real thread would wait for another that has
// not run yet (a lock held by a suspended thread, a `recv` on an empty channel whose senders are
// still alive), memviz stops the run and says why instead of guessing.
//
// Values:
// - Mutex<T> / RwLock<T>: [state, T, poisoned?], kept as a RefCell is: a Mutex's state is 1 while
//   locked, a RwLock's the number of readers, or -1 while written; the third slot is set when a
//   guard is dropped by a panic's unwinding. Guards are [Ptr to T, Ptr to the lock].
// - JoinHandle<T>: [thread number, Ptr to the packet]: an ArcInner block whose value is the
//   thread's result as an Option<T> (None while it has not returned, or when it panicked).
// - Sender<T> / Receiver<T>: a Ptr to the channel's ArcInner block [senders, receiver alive, queue],
//   the queue being a VecDeque<T> header whose buffer is a heap block of its own.

import type { IntTy, Ty } from '../types/ty.js';
import * as I from './ints.js';
import type { BuiltinFn, CallCtx, CountedBlockNames, Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { Ptr, PtrKind, UNIT_VALUE, readAt, type Value } from './values.js';
import { Callable, DONE, IterVal, type Next } from './iter.js';
import { headerAt, vecChanged, vecElems, vecPush } from './heapops.js';

export const THREAD_BUILTINS = new Map<string, BuiltinFn>();

/** How the shared blocks are drawn: a thread's result packet, and a channel (its senders, its receiver, its queue). */
const PACKET_NAMES: CountedBlockNames = ['Packet', 'strong', 'weak', 'result'];
const CHANNEL_NAMES: CountedBlockNames = ['Channel', 'senders', 'receivers', 'queue'];
const def = (names: string | string[], fn: BuiltinFn) => {
  for (const n of Array.isArray(names) ? names : [names]) THREAD_BUILTINS.set(n, fn);
};

const ok = (v: Value): Value[] => [0, v];
const err = (v: Value): Value[] => [1, v];

/** The value a `&self` / `&mut self` argument points at, following references to references. */
function target(args: Value[]): Ptr {
  let p = args[0] as Ptr;
  for (let i = 0; i < 4; i++) {
    const v = readAt(p.mem, p.path);
    if (v instanceof Ptr) p = v;
    else break;
  }
  return p;
}

/** The value a `&self` argument points at (an atomic's [v], a Duration's [secs, nanos]). */
function selfValue(args: Value[]): Value[] {
  const p = target(args);
  return readAt(p.mem, p.path) as Value[];
}

/** The `T` of a `Foo<T>` (or `&Foo<T>`) argument. */
function argOf(m: Machine, c: CallCtx, i: number): Ty {
  let t = m.intern(c.argTys[i]);
  while (t.k === 'ref') t = m.intern(t.inner);
  return t.k === 'builtin' && t.args[0] ? m.intern(t.args[0]) : t;
}

// ------------------------------------------------------------ threads

def(['thread::spawn', 'Scope::spawn'], (m, args, c) => {
  const out = m.intern(c.tyArgs[1]);
  // `s.spawn(f)` takes the scope first.
  const at = c.name === 'Scope::spawn' ? 1 : 0;
  // std allocates the packet the result comes back in before the thread starts.
  const packet = m.alloc(m.intern({ k: 'builtin', name: 'Option', args: [out] }), [1, 1, [0]], { rc: true, names: PACKET_NAMES });
  const f = new Callable(m, m.intern(c.argTys[at]), args[at]);
  const thread = m.runThread(() => {
    try {
      const v = f.call(m, []);
      f.drop(m);
      return v;
    } catch (e) {
      // Unwinding drops what the closure still holds.
      f.drop(m);
      throw e;
    }
  });
  if (!thread.panicked) {
    (packet.v as Value[])[2] = [1, thread.value];
    m.touch(packet, [2], 'result');
  }
  return [thread.thread, new Ptr(packet, EMPTY_PATH, PtrKind.Rc)];
});

// `thread::scope(|s| ..)`: runs the closure with the scope; every thread it spawned has ended by then.
def('thread::scope', (m, args, c) => {
  const f = new Callable(m, m.intern(c.argTys[0]), args[0]);
  const scope = new Ptr(m.tempMem(m.intern({ k: 'tuple', elems: [] }), UNIT_VALUE), EMPTY_PATH, PtrKind.Ref);
  const v = f.call(m, [scope]);
  f.drop(m);
  return v;
});

def('JoinHandle::join', (m, args, c) => {
  const [, p] = args[0] as [number, Ptr];
  const result = (p.mem.v as Value[])[2] as Value[];
  (p.mem.v as Value[])[2] = [0];
  m.free(p.mem);
  if (result[0] === 1) return ok(result[1]);
  void c;
  // The panic's payload: a `Box<dyn Any + Send>` (std boxes the panic message; memviz keeps its text).
  const strTy = m.intern({ k: 'ref', mut: false, inner: { k: 'str' }, region: { k: 'static' } });
  return err(new Ptr(m.alloc(strTy, m.strLiteral('panic payload')), EMPTY_PATH, PtrKind.Box, -1, -1, strTy));
});
def('JoinHandle::is_finished', () => true);

// ------------------------------------------------------------ locks

def(['Mutex::new', 'RwLock::new'], (m, args) => [0, args[0]]);
def(['Mutex::lock', 'RwLock::read', 'RwLock::write'], (m, args, c) => {
  const p = target(args);
  const lock = readAt(p.mem, p.path) as Value[];
  const state = lock[0] as number;
  const read = c.name === 'RwLock::read';
  if (read ? state < 0 : state !== 0) {
    m.stuck(`deadlock: \`${c.name.split('::')[1]}\` waits for a lock that is held${state !== 0 && m.thread === 0 ? ' by this thread' : ''}, and it is never released (memviz runs one thread at a time: a spawned thread runs to its end as soon as it is spawned)`);
  }
  lock[0] = read ? state + 1 : c.name === 'Mutex::lock' ? 1 : -1;
  m.touch(p.mem, [...p.path, 0], `${p.name || 'lock'}.state`);
  const lockPtr = new Ptr(p.mem, p.path, PtrKind.Ref, -1, -1, null, p.name);
  const guard = [new Ptr(p.mem, [...p.path, 1], read ? PtrKind.Ref : PtrKind.Mut, -1, -1, null, p.name), lockPtr];
  // A poisoned lock is still locked and handed over, inside the error (PoisonError { guard }).
  return lock[2] ? err([guard]) : ok(guard);
});
def(['Mutex::into_inner', 'RwLock::into_inner'], (m, args) => {
  const lock = args[0] as Value[];
  return lock[2] ? err([lock[1]]) : ok(lock[1]);
});
def(['Mutex::get_mut', 'RwLock::get_mut'], (m, args) => {
  const p = target(args);
  return ok(new Ptr(p.mem, [...p.path, 1], PtrKind.Mut, -1, -1, null, p.name));
});
def('Mutex::is_poisoned', (m, args) => {
  const p = target(args);
  return !!(readAt(p.mem, p.path) as Value[])[2];
});
def('PoisonError::into_inner', (m, args) => (args[0] as Value[])[0]);

// ------------------------------------------------------------ channels

def('mpsc::channel', (m, args, c) => {
  const t = m.intern(c.tyArgs[0]);
  const queue = m.intern({ k: 'builtin', name: 'VecDeque', args: [t] });
  const chan = m.alloc(queue, [1, 1, [null, 0, 0]], { rc: true, names: CHANNEL_NAMES });
  const p = new Ptr(chan, EMPTY_PATH, PtrKind.Rc);
  return [p, p];
});

/** The channel's counts and queue: [senders, receiver alive, VecDeque header]. */
function chanValue(p: Ptr): Value[] {
  return p.mem.v as Value[];
}

def('Sender::send', (m, args, c) => {
  const p = target(args);
  const ch = chanValue(p);
  // The receiver is gone: the value comes back in the error.
  if (ch[1] === 0) return err([args[1]]);
  const { h, ref } = headerAt(new Ptr(p.mem, [2], PtrKind.Mut, -1, -1, null, 'queue'));
  vecPush(m, h, ref, argOf(m, c, 0), args[1]);
  return ok(UNIT_VALUE);
});
def('Sender::clone', (m, args) => {
  const p = target(args);
  const ch = chanValue(p);
  ch[0] = (ch[0] as number) + 1;
  m.touch(p.mem, [0], 'senders');
  return new Ptr(p.mem, EMPTY_PATH, PtrKind.Rc);
});

/** The next value of the channel, `null` once every sender is gone, or a stop where a real run would wait. */
function receive(m: Machine, p: Ptr, wait: boolean): Value | null | undefined {
  const ch = chanValue(p);
  const { h, ref } = headerAt(new Ptr(p.mem, [2], PtrKind.Mut, -1, -1, null, 'queue'));
  if ((h[2] as number) > 0) {
    const [v] = vecElems(h).splice(0, 1);
    h[2] = (h[2] as number) - 1;
    vecChanged(m, h, ref);
    return v;
  }
  if (ch[0] === 0) return null;
  if (!wait) return undefined;
  m.stuck(
    m.thread === 0
      ? 'deadlock: `recv` waits for a value no thread will send (every spawned thread has ended, and a `Sender` is still alive: drop it when you are done sending)'
      : 'not supported yet: a spawned thread that waits for a value another thread sends later (memviz runs a spawned thread to its end as soon as it is spawned)',
  );
}

const RECV_ERROR: Value = UNIT_VALUE;
def('Receiver::into_iter', (m, args, c) => new ChannelIter(args[0] as Ptr, true, true, argOf(m, c, 0)));
def('Receiver::recv', (m, args) => {
  const v = receive(m, target(args), true);
  return v === null ? err(RECV_ERROR) : ok(v);
});
def('Receiver::try_recv', (m, args) => {
  const v = receive(m, target(args), false);
  // TryRecvError: Empty (0) while senders are alive, Disconnected (1) once they are gone.
  return v === undefined ? err([0]) : v === null ? err([1]) : ok(v);
});

/** `rx.iter()`, `rx.try_iter()` and `for x in rx`: values as they come, until every sender is gone. */
export class ChannelIter extends IterVal {
  constructor(
    readonly chan: Ptr,
    readonly wait: boolean,
    /** `for x in rx` owns the receiver, and drops it when the loop ends. */
    readonly owned: boolean,
    readonly elemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [0, null];
  }
  override next(m: Machine): Next {
    const v = receive(m, this.chan, this.wait);
    return v === null || v === undefined ? DONE : v;
  }
  override drop(m: Machine): void {
    if (this.owned) dropReceiver(m, this.chan, this.elemTy, 'rx');
  }
}
def(['Receiver::iter', 'Receiver::try_iter'], (m, args, c) => new ChannelIter(target(args), c.name === 'Receiver::iter', false, argOf(m, c, 0)));

/** Drop glue of a Sender: one sender fewer; the channel goes when both sides are gone. */
export function dropSender(m: Machine, p: Ptr, elemTy: Ty, name: string): void {
  const ch = chanValue(p);
  ch[0] = (ch[0] as number) - 1;
  m.touch(p.mem, [0], `${name}.senders`);
  if (ch[0] === 0 && ch[1] === 0) freeChannel(m, p, elemTy);
}

/** Drop glue of a Receiver: values still queued are dropped with it (std discards them). */
export function dropReceiver(m: Machine, p: Ptr, elemTy: Ty, name: string): void {
  const ch = chanValue(p);
  ch[1] = 0;
  m.touch(p.mem, [1], `${name}.receiver`);
  if (ch[0] === 0) freeChannel(m, p, elemTy);
}

function freeChannel(m: Machine, p: Ptr, elemTy: Ty): void {
  const queue = m.intern({ k: 'builtin', name: 'VecDeque', args: [elemTy] });
  m.dropPlace(p.mem, [2], queue, 'queue');
  m.free(p.mem);
}

/** Drop glue of a JoinHandle never joined: the thread is detached, and its result dropped with the packet. */
export function dropJoinHandle(m: Machine, v: Value[], outTy: Ty, name: string): void {
  const p = v[1] as Ptr;
  if (!p.mem.live) return;
  m.dropPlace(p.mem, [2], m.intern({ k: 'builtin', name: 'Option', args: [outTy] }), `${name}.result`);
  m.free(p.mem);
}

// ------------------------------------------------------------ atomics

// An atomic is a struct of one field, its value ([v]); memviz runs one thread at a time, so each
// operation is simply done, whatever the ordering. Integer operations wrap, as std's do.
for (const t of ['usize', 'isize', 'u32', 'i32', 'u64', 'i64', 'bool']) {
  const name = `Atomic${t[0].toUpperCase()}${t.slice(1)}`;
  const info = t === 'bool' ? null : I.intInfo(t as IntTy);
  const op = (method: string, f: (old: Value, arg: Value) => Value) =>
    def(`${name}::${method}`, (m, args) => {
      const p = target(args);
      const cell = readAt(p.mem, p.path) as Value[];
      const old = cell[0];
      cell[0] = f(old, args[1]);
      m.touch(p.mem, [...p.path, 0], p.name || name);
      return old;
    });
  def(`${name}::new`, (m, args) => [args[0]]);
  def(`${name}::load`, (m, args) => selfValue(args)[0]);
  def(`${name}::store`, (m, args) => {
    const p = target(args);
    (readAt(p.mem, p.path) as Value[])[0] = args[1];
    m.touch(p.mem, [...p.path, 0], p.name || name);
    return UNIT_VALUE;
  });
  op('swap', (_old, arg) => arg);
  def(`${name}::compare_exchange`, (m, args) => {
    const p = target(args);
    const cell = readAt(p.mem, p.path) as Value[];
    const old = cell[0];
    const same = info ? I.intEq(old, args[1]) : old === args[1];
    if (!same) return err(old);
    cell[0] = args[2];
    m.touch(p.mem, [...p.path, 0], p.name || name);
    return ok(old);
  });
  def(`${name}::into_inner`, (m, args) => (args[0] as Value[])[0]);
  def(`${name}::get_mut`, (m, args) => {
    const p = target(args);
    return new Ptr(p.mem, [...p.path, 0], PtrKind.Mut, -1, -1, null, p.name);
  });
  if (info) {
    op('fetch_add', (a, b) => I.wrapInt(info, I.norm(I.big(a) + I.big(b))));
    op('fetch_sub', (a, b) => I.wrapInt(info, I.norm(I.big(a) - I.big(b))));
    op('fetch_max', (a, b) => (I.compareInt(a, b) >= 0 ? a : b));
    op('fetch_min', (a, b) => (I.compareInt(a, b) <= 0 ? a : b));
  } else {
    op('fetch_and', (a, b) => a && b);
    op('fetch_or', (a, b) => a || b);
    op('fetch_xor', (a, b) => a !== b);
  }
}

// ------------------------------------------------------------ time

// A Duration is [secs, nanos], as std keeps it.
const NANOS = 1_000_000_000n;
const duration = (nanos: bigint): Value[] => [I.norm(nanos / NANOS), Number(nanos % NANOS)];
const nanosOf = (d: Value[]): bigint => I.big(d[0]) * NANOS + BigInt(d[1] as number);
def('Duration::from_secs', (m, args) => duration(I.big(args[0]) * NANOS));
def('Duration::from_millis', (m, args) => duration(I.big(args[0]) * 1_000_000n));
def('Duration::from_micros', (m, args) => duration(I.big(args[0]) * 1_000n));
def('Duration::from_nanos', (m, args) => duration(I.big(args[0])));
def('Duration::as_secs', (m, args) => selfValue(args)[0]);
def('Duration::as_millis', (m, args) => I.norm(nanosOf(selfValue(args)) / 1_000_000n));
def('Duration::as_micros', (m, args) => I.norm(nanosOf(selfValue(args)) / 1_000n));
def('Duration::as_nanos', (m, args) => I.norm(nanosOf(selfValue(args))));
def('Duration::as_secs_f64', (m, args) => {
  const d = selfValue(args);
  return Number(I.big(d[0])) + (d[1] as number) / 1e9;
});
def('Duration::subsec_millis', (m, args) => Math.floor((selfValue(args)[1] as number) / 1_000_000));
def('Duration::subsec_nanos', (m, args) => selfValue(args)[1]);
def('thread::sleep', () => UNIT_VALUE);

/** std's Debug of a Duration: the largest unit that is at least 1 (s, ms, µs, ns), with the rest as decimals. */
export function durationDebug(d: Value[]): string {
  const secs = I.big(d[0]);
  const nanos = d[1] as number;
  const decimal = (whole: bigint | number, frac: number, divisor: number, unit: string): string => {
    let digits = '';
    for (let f = frac, k = divisor; f > 0 && k > 0; k = Math.floor(k / 10)) {
      digits += String(Math.floor(f / k));
      f %= k;
    }
    return `${whole}${digits ? `.${digits}` : ''}${unit}`;
  };
  if (secs > 0n) return decimal(secs, nanos, 100_000_000, 's');
  if (nanos >= 1_000_000) return decimal(Math.floor(nanos / 1_000_000), nanos % 1_000_000, 100_000, 'ms');
  if (nanos >= 1_000) return decimal(Math.floor(nanos / 1_000), nanos % 1_000, 100, 'µs');
  return `${nanos}ns`;
}
