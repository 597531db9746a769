// std::thread, std::sync's locks and std::sync::mpsc's channels as the interpreter runs them.
//
// memviz runs one thread at a time: `thread::spawn` runs the new thread at once, on a stack of its
// own (`Machine.runThread`), until it ends or has to wait; then the spawning thread goes on. A
// spawned thread waits where a real one would: a `recv` (or `for x in rx`) on an empty channel whose
// senders are alive, a `send` on a full sync_channel, a lock another thread holds, a `join` of a
// thread that has not ended. Its frames are set aside (they stay on its stack in the drawing) and it
// goes on (`Machine.resumeThread`) the moment what it waits for happens: a send, the last sender
// dropped, a receive that makes room, a guard dropped, the thread it joins ending. That is one of
// the interleavings a real run may take, so every program whose output does not depend on the
// scheduler prints what it prints under rustc. The main thread cannot be set aside: where it would
// wait and no spawned thread can go on, the run stops and says it is a deadlock.
//
// Values:
// - Mutex<T> / RwLock<T>: [state, T, poisoned?], kept as a RefCell is: a Mutex's state is 1 while
//   locked, a RwLock's the number of readers, or -1 while written; the third slot is set when a
//   guard is dropped by a panic's unwinding. Guards are [Ptr to T, Ptr to the lock].
// - JoinHandle<T>: [thread number, Ptr to the packet, Thread]: the packet is an ArcInner block whose
//   value is the thread's result as an Option<T> (None while it has not returned, or when it panicked).
// - Thread (a prelude struct): [Arc<ThreadInner>], ThreadInner being [Option<String> name, ThreadId].
//   std makes it when the thread is spawned, with one count for the handle and one for the thread
//   itself; `thread::current()` is one more.
// - Sender<T> / SyncSender<T> / Receiver<T>: a Ptr to the channel's ArcInner block [senders, receiver
//   alive, queue], the queue being a VecDeque<T> header whose buffer is a heap block of its own (a
//   sync_channel's is allocated at once with room for its bound, as std's array channel is).

import type { IntTy, Ty } from '../types/ty.js';
import * as I from './ints.js';
import type { BlockedThread, BuiltinFn, CallCtx, CountedBlockNames, Machine, ThreadBody, ThreadRun } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { Ptr, PtrKind, UNIT_VALUE, readAt, type Mem, type Value } from './values.js';
import { BlockSignal, PanicSignal } from './signals.js';
import { Callable, DONE, IterVal, dropItem, type Next } from './iter.js';
import { headerAt, newString, newVec, stringText, vecChanged, vecElems, vecPush } from './heapops.js';
import { recvStr, subStr } from './support.js';
import { tyKey } from './types.js';

export const THREAD_BUILTINS = new Map<string, BuiltinFn>();

/** How the shared blocks are drawn: a thread's result packet, and a channel (its senders, its receiver, its queue). */
const PACKET_NAMES: CountedBlockNames = ['Packet', 'strong', 'weak', 'result'];
const CHANNEL_NAMES: CountedBlockNames = ['Channel', 'senders', 'receivers', 'queue'];
const def = (names: string | string[], fn: BuiltinFn) => {
  for (const n of Array.isArray(names) ? names : [names]) THREAD_BUILTINS.set(n, fn);
};

const ok = (v: Value): Value[] => [0, v];
const err = (v: Value): Value[] => [1, v];
const STRING: Ty = { k: 'builtin', name: 'String', args: [] };

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

/** A prelude type by name (Thread, ThreadId). */
function preludeTy(m: Machine, name: string): Ty {
  return m.intern({ k: 'adt', adt: m.program.adts.findIndex((a) => a.isPrelude && a.name === name), args: [] });
}

/**
 * A new `Thread`: its shared block holds the name and the id (std numbers the main thread 1, and
 * each spawned thread the next number, as it is spawned). `counts` are the handles made with it.
 */
function newThread(m: Machine, id: number, name: Value[], counts: number): Value[] {
  const block = m.alloc(preludeTy(m, 'ThreadInner'), [counts, 1, [name, [id]]], { rc: true, arc: true });
  return [new Ptr(block, EMPTY_PATH, PtrKind.Rc)];
}

/** A spawned thread waiting in a SyncSender's send: for room in the channel, or for a receive of its value. */
class SendWait {
  /** Set when a receive took the value straight from the sender (a sync_channel(0)). */
  taken = false;
  constructor(
    readonly chan: Mem,
    readonly value: Value,
  ) {}
}

/** A spawned thread waiting in a receive on an empty channel whose senders are alive. */
class RecvWait {
  /** Set when a send on a sync_channel(0) handed its value straight over. */
  handed: { readonly v: Value } | null = null;
  constructor(readonly chan: Mem) {}
}

/** A spawned thread waiting for a lock another thread holds. */
class LockWait {
  constructor(
    readonly lock: Mem,
    readonly path: readonly number[],
    /** A RwLock's read, which only a writer keeps waiting. */
    readonly read: boolean,
  ) {}
}

/** A spawned thread waiting in a `join` for a thread that has not ended. */
class JoinWait {
  constructor(readonly packet: Mem) {}
}

type Wait = SendWait | RecvWait | LockWait | JoinWait;

/** A spawned thread that waits: where its result goes once it has run to its end. */
interface Waiter {
  readonly thread: BlockedThread;
  readonly wait: Wait;
  /** Spawned by a scope, which waits for it at its end. */
  readonly scoped: boolean;
  readonly packet: Mem;
  /** Its JoinHandle was dropped (the thread is detached): the type of the result it drops when it ends. */
  detached?: Ty;
}
const WAITING = new WeakMap<Machine, Waiter[]>();
/** The panic of a thread that panicked, by its packet: `join` hands its payload back. */
const PAYLOADS = new WeakMap<Mem, PanicSignal>();
const waitersOf = (m: Machine): Waiter[] => {
  let w = WAITING.get(m);
  if (!w) WAITING.set(m, (w = []));
  return w;
};

/**
 * A thread's result in its packet (nothing when it panicked; dropped with the packet when the
 * thread was detached); a thread that waits is kept to go on later.
 */
function settle(m: Machine, packet: Mem, run: ThreadRun, scoped: boolean, detached?: Ty): void {
  if (run.blocked) {
    waitersOf(m).push({ thread: run.blocked, wait: run.blocked.info as Wait, scoped, packet, detached });
    return;
  }
  if (detached) {
    if (!run.panicked) dropItem(m, detached, run.value);
    m.free(packet);
    return;
  }
  if (!run.panicked) {
    (packet.v as Value[])[2] = [1, run.value];
    m.touch(packet, [2], 'result');
  } else if (run.payload) PAYLOADS.set(packet, run.payload);
  // A thread waiting to join this one goes on.
  const joiner = waiterWhere(m, (w) => w instanceof JoinWait && w.packet === packet);
  if (joiner) resume(m, joiner);
}

/** A thread that waited goes on (and runs to its end, or waits again). */
function resume(m: Machine, w: Waiter): void {
  const all = waitersOf(m);
  all.splice(all.indexOf(w), 1);
  settle(m, w.packet, m.resumeThread(w.thread), w.scoped, w.detached);
}

/** The first waiting thread whose wait `test` accepts. */
const waiterWhere = (m: Machine, test: (w: Wait) => boolean): Waiter | undefined => WAITING.get(m)?.find((w) => test(w.wait));

/** The waiting thread whose result comes back in `packet`. */
const waiterFor = (m: Machine, packet: Mem): Waiter | undefined => WAITING.get(m)?.find((w) => w.packet === packet);

/** The first thread waiting to send on the channel. */
const waiterOn = (m: Machine, chan: Mem): SendWaiter | undefined => waiterWhere(m, (w) => w instanceof SendWait && w.chan === chan) as SendWaiter | undefined;
type SendWaiter = Waiter & { readonly wait: SendWait };

/** The thread waiting to receive on the channel (a Receiver is not shared, so there is at most one). */
const receiverOn = (m: Machine, chan: Mem): (Waiter & { readonly wait: RecvWait }) | undefined =>
  waiterWhere(m, (w) => w instanceof RecvWait && w.chan === chan) as (Waiter & { readonly wait: RecvWait }) | undefined;

/** What a waiting thread waits for, in words. */
function waitWords(w: Wait): string {
  if (w instanceof SendWait) return 'whose `send` on a sync_channel waits for a receive';
  if (w instanceof RecvWait) return 'that waits to receive from a channel whose `Sender` is still alive (drop it when you are done sending)';
  if (w instanceof LockWait) return 'that waits for a lock';
  return 'that waits to join another thread';
}

/** Main waits for a thread that waits: nothing but main could let it go on, so this is a deadlock. */
function joinWaiting(m: Machine, what: string, w: Waiter): never {
  m.stuck(`deadlock: ${what} waits for a thread ${waitWords(w.wait)}, and no thread will let it go on (every other spawned thread has ended or waits too)`);
}

/** A spawned thread: run at once, with its name and its `Thread`, to its end or until it waits; returns its JoinHandle. */
function spawn(m: Machine, c: CallCtx, closure: Value, closureTy: Ty, name: Value[]): Value[] {
  const out = m.intern(c.tyArgs[c.tyArgs.length - 1]);
  // std allocates the packet the result comes back in, and the Thread, before the thread starts.
  const packet = m.alloc(m.intern({ k: 'builtin', name: 'Option', args: [out] }), [1, 1, [0]], { rc: true, names: PACKET_NAMES });
  const handle = newThread(m, m.nextThread + 1, name, 2);
  const label = name[0] === 1 ? stringText(name[1] as Value[]) : null;
  const f = new Callable(m, closureTy, closure);
  // When the closure has returned (or unwound), the thread drops it, and its own count on its Thread.
  const ended = () => {
    f.drop(m);
    dropItem(m, preludeTy(m, 'Thread'), [(handle as Value[])[0]]);
  };
  const body: ThreadBody = {
    start: () => f.call(m, []),
    end: (v) => (ended(), v),
    unwind: ended,
  };
  const scoped = c.name === 'Scope::spawn';
  // A thread that would wait inside a std function (`rx.iter().sum()`) cannot be set aside there:
  // spawned by main, it starts when main first waits (or joins it), once there is something to take.
  if (m.thread === 0 && consumesChannel(m, closureTy)) {
    const n = m.reserveThread();
    pendingOf(m).push({ packet, scoped, start: () => settle(m, packet, m.runThread(body, label, handle, n), scoped) });
    return [n, new Ptr(packet, EMPTY_PATH, PtrKind.Rc), handle];
  }
  const run = m.runThread(body, label, handle);
  settle(m, packet, run, scoped);
  return [run.thread, new Ptr(packet, EMPTY_PATH, PtrKind.Rc), handle];
}

/** A spawned thread not started yet: where its result goes, and how it starts. */
interface Pending {
  readonly packet: Mem;
  readonly scoped: boolean;
  readonly start: () => void;
}
const PENDING = new WeakMap<Machine, Pending[]>();
const pendingOf = (m: Machine): Pending[] => {
  let p = PENDING.get(m);
  if (!p) PENDING.set(m, (p = []));
  return p;
};

/** Starts the threads not started yet (only the one whose result comes in `packet`, if given); false if there were none. */
function startPending(m: Machine, packet?: Mem): boolean {
  const list = PENDING.get(m);
  const due = list?.filter((p) => packet === undefined || p.packet === packet) ?? [];
  if (due.length === 0) return false;
  for (const p of due) list!.splice(list!.indexOf(p), 1);
  for (const p of due) p.start();
  return true;
}

/**
 * The closure's body hands a channel's iterator to an adapter or a consumer (`rx.iter().sum()`,
 * `rx.into_iter().collect()`), where a wait happens inside a std function.
 */
function consumesChannel(m: Machine, closureTy: Ty): boolean {
  const body = closureTy.k === 'closure' ? m.program.fns[closureTy.fn] : undefined;
  if (!body) return false;
  const iters = new Set<number>();
  for (const b of body.blocks) {
    const t = b.term;
    if (t.k === 'call' && t.callee.k === 'builtin' && (t.callee.name === 'Receiver::iter' || t.callee.name === 'Receiver::into_iter') && t.dest.proj.length === 0) iters.add(t.dest.local);
  }
  if (iters.size === 0) return false;
  return body.blocks.some((b) => b.term.k === 'call' && b.term.args.some((a) => a.k === 'move' && a.place.proj.length === 0 && iters.has(a.place.local)));
}

const NO_NAME: Value[] = [0];
def('thread::spawn', (m, args, c) => spawn(m, c, args[0], m.intern(c.argTys[0]), NO_NAME));
// `s.spawn(f)` takes the scope first.
def('Scope::spawn', (m, args, c) => spawn(m, c, args[1], m.intern(c.argTys[1]), NO_NAME));

// A Builder is [name: Option<String>, stack_size: Option<usize>, no_hooks]; memviz gives every
// thread the same stack, whatever size is asked for.
def('Builder::new', () => [[0], [0], false]);
def('Builder::name', (m, args) => {
  const b = args[0] as Value[];
  dropItem(m, m.intern({ k: 'builtin', name: 'Option', args: [STRING] }), b[0]);
  return [[1, args[1]], b[1], b[2]];
});
def('Builder::stack_size', (m, args) => {
  const b = args[0] as Value[];
  return [b[0], [1, args[1]], b[2]];
});
def('Builder::spawn', (m, args, c) => ok(spawn(m, c, args[1], m.intern(c.argTys[1]), (args[0] as Value[])[0] as Value[])));

// `thread::current()`: one more count on the running thread's Thread (main's is made the first time).
def('thread::current', (m) => {
  m.threadHandle ??= newThread(m, 1, [0], 1);
  const p = (m.threadHandle as Value[])[0] as Ptr;
  const rc = p.mem.v as Value[];
  rc[0] = (rc[0] as number) + 1;
  m.touch(p.mem, [0], 'strong');
  return [p];
});
def('thread::yield_now', () => UNIT_VALUE);

/** The [name, ThreadId] a `&Thread` argument's block holds. */
function threadInner(args: Value[]): Value[] {
  const arc = selfValue(args)[0] as Ptr;
  return (arc.mem.v as Value[])[2] as Value[];
}
def('Thread::id', (m, args) => [...(threadInner(args)[1] as Value[])]);
def('Thread::name', (m, args) => threadNameOf(m, threadInner(args)));

/** `thread.name()`: the name it was given; the main thread's is "main" (std answers it from the id). */
function threadNameOf(m: Machine, inner: Value[]): Value[] {
  const name = inner[0] as Value[];
  if (name[0] === 1) {
    const s = recvStr(m, STRING, name[1]);
    return [1, subStr(s, 0, s.len)];
  }
  return (inner[1] as Value[])[0] === 1 ? [1, m.strLiteral('main')] : [0];
}

/** std's Debug of a Thread: `Thread { id: ThreadId(1), name: Some("main"), .. }`, as [id, name] to print. */
export function threadDebugParts(m: Machine, v: Value[]): { id: Value[]; name: Value[]; idTy: Ty; nameTy: Ty } {
  const inner = ((v[0] as Ptr).mem.v as Value[])[2] as Value[];
  const strRef = m.intern({ k: 'ref', mut: false, inner: { k: 'str' }, region: { k: 'static' } });
  return { id: inner[1] as Value[], name: threadNameOf(m, inner), idTy: preludeTy(m, 'ThreadId'), nameTy: m.intern({ k: 'builtin', name: 'Option', args: [strRef] }) };
}

// `thread::scope(|s| ..)`: runs the closure with the scope; every thread it spawned has ended by then.
def('thread::scope', (m, args, c) => {
  const f = new Callable(m, m.intern(c.argTys[0]), args[0]);
  const scope = new Ptr(m.tempMem(m.intern({ k: 'tuple', elems: [] }), UNIT_VALUE), EMPTY_PATH, PtrKind.Ref);
  const v = f.call(m, [scope]);
  f.drop(m);
  // The scope waits for every thread it spawned.
  if (m.thread === 0) startPending(m);
  const scoped = WAITING.get(m)?.find((w) => w.scoped);
  if (scoped) {
    if (m.thread !== 0) m.stuck(`not supported yet: a \`thread::scope\` in a spawned thread, whose end waits for a thread ${waitWords(scoped.wait)}`);
    joinWaiting(m, 'the end of `thread::scope`', scoped);
  }
  return v;
});

def('JoinHandle::join', (m, args) => {
  const [, p, handle] = args[0] as [number, Ptr, Value[]];
  startPending(m, p.mem);
  let waiter = waiterFor(m, p.mem);
  // Main waits: the threads not started yet may be what the joined one waits for.
  if (waiter && m.thread === 0 && startPending(m)) waiter = waiterFor(m, p.mem);
  if (waiter) {
    if (m.thread === 0) joinWaiting(m, '`join`', waiter);
    // A spawned thread joining one that waits goes on when that one ends.
    throw new BlockSignal(() => joined(m, p, handle), NESTED_WAIT('`join`'), new JoinWait(p.mem));
  }
  return joined(m, p, handle);
});

/** A joined thread's result, out of its packet (freed with the handle's Thread count). */
function joined(m: Machine, p: Ptr, handle: Value[]): Value[] {
  dropItem(m, preludeTy(m, 'Thread'), handle);
  const result = (p.mem.v as Value[])[2] as Value[];
  (p.mem.v as Value[])[2] = [0];
  m.free(p.mem);
  if (result[0] === 1) return ok(result[1]);
  const panic = PAYLOADS.get(p.mem);
  return err(panicPayload(m, panic?.message ?? '', panic?.literal ?? true));
}

/**
 * A panic's payload, as std boxes it into a `Box<dyn Any + Send>`: the `&'static str` of a message
 * with nothing formatted into it, else the message as a String.
 */
export function panicPayload(m: Machine, message: string, literal: boolean): Ptr {
  const ty = m.intern(literal ? { k: 'ref', mut: false, inner: { k: 'str' }, region: { k: 'static' } } : STRING);
  return new Ptr(m.alloc(ty, literal ? m.strLiteral(message) : newString(m, message)), EMPTY_PATH, PtrKind.Box, -1, -1, ty);
}

// `panic::catch_unwind(f)`: a panic in `f` (its message printed, its frames unwound) comes back as Err with its payload.
def('panic::catch_unwind', (m, args, c) => {
  const f = new Callable(m, m.intern(c.argTys[0]), args[0]);
  m.catching++;
  try {
    const v = f.call(m, []);
    f.drop(m);
    return ok(v);
  } catch (e) {
    if (!(e instanceof PanicSignal)) throw e;
    // What the closure still held goes with the unwinding.
    m.panicking = false;
    f.drop(m);
    return err(panicPayload(m, e.message, e.literal));
  } finally {
    m.catching--;
  }
});

/** The concrete type behind a `&dyn Any` is `T` (std compares their TypeIds). */
function anyIs(m: Machine, args: Value[], c: CallCtx): Ptr | null {
  const p = args[0] as Ptr;
  return p.dyn !== null && tyKey(p.dyn) === tyKey(m.intern(c.tyArgs[0])) ? p : null;
}
def('Any::is', (m, args, c) => anyIs(m, args, c) !== null);
// `Box<dyn Any>::downcast::<U>()`: the Box itself, now a `Box<U>`, when it holds a U; else Err with the Box.
def('Box::downcast', (m, args, c) => {
  const p = args[0] as Ptr;
  const want = m.intern(c.tyArgs[c.tyArgs.length - 1]);
  return p.dyn !== null && tyKey(p.dyn) === tyKey(want) ? ok(new Ptr(p.mem, p.path, PtrKind.Box, -1, -1, null, p.name)) : err(p);
});
def('Any::downcast_ref', (m, args, c) => {
  const p = anyIs(m, args, c);
  return p ? [1, new Ptr(p.mem, p.path, PtrKind.Ref, -1, -1, null, p.name)] : [0];
});

/** Why a run stops where a spawned thread would wait inside a closure a std function calls (`for_each`). */
const NESTED_WAIT = (what: string) => `not supported yet: a ${what} that waits inside a closure a std function calls (memviz can set a waiting thread aside only in its own code)`;

// A thread has ended unless it waits.
def('JoinHandle::is_finished', (m, args) => {
  const packet = ((selfValue(args) as Value[])[1] as Ptr).mem;
  return !waiterFor(m, packet) && !PENDING.get(m)?.some((p) => p.packet === packet);
});
def('JoinHandle::thread', (m, args) => {
  const p = target(args);
  return new Ptr(p.mem, [...p.path, 2], PtrKind.Ref, -1, -1, null, p.name);
});

// ------------------------------------------------------------ locks

def(['Mutex::new', 'RwLock::new'], (m, args) => [0, args[0]]);
def(['Mutex::lock', 'RwLock::read', 'RwLock::write'], (m, args, c) => {
  const p = target(args);
  const read = c.name === 'RwLock::read';
  const state = (readAt(p.mem, p.path) as Value[])[0] as number;
  if (read ? state < 0 : state !== 0) {
    const method = c.name.split('::')[1];
    // A spawned thread waits until the guard is dropped; main cannot, and no other thread can go on while it would.
    if (m.thread !== 0) throw new BlockSignal(() => acquire(m, p, c.name), NESTED_WAIT(`\`${method}\``), new LockWait(p.mem, p.path, read));
    if (startPending(m)) return THREAD_BUILTINS.get(c.name)!(m, args, c);
    const waiting = (WAITING.get(m)?.length ?? 0) > 0;
    m.stuck(`deadlock: \`${method}\` waits for a lock that is held${!waiting ? ' by this thread' : ' by a thread that waits'}, and it is never released`);
  }
  return acquire(m, p, c.name);
});

/** Takes the lock (free, or read-locked for a read) and hands over its guard. */
function acquire(m: Machine, p: Ptr, method: string): Value[] {
  const lock = readAt(p.mem, p.path) as Value[];
  const read = method === 'RwLock::read';
  lock[0] = read ? (lock[0] as number) + 1 : method === 'Mutex::lock' ? 1 : -1;
  m.touch(p.mem, [...p.path, 0], `${p.name || 'lock'}.state`);
  const lockPtr = new Ptr(p.mem, p.path, PtrKind.Ref, -1, -1, null, p.name);
  const guard = [new Ptr(p.mem, [...p.path, 1], read ? PtrKind.Ref : PtrKind.Mut, -1, -1, null, p.name), lockPtr];
  // A poisoned lock is still locked and handed over, inside the error (PoisonError { guard }).
  return lock[2] ? err([guard]) : ok(guard);
}

/** Drop glue of a lock guard, after it has released the lock: threads waiting for it go on, while they can take it. */
export function lockReleased(m: Machine, lock: Mem, path: readonly number[]): void {
  const same = (a: readonly number[]) => a.length === path.length && a.every((x, i) => x === path[i]);
  for (;;) {
    const state = (readAt(lock, path as number[]) as Value[])[0] as number;
    const w = waiterWhere(m, (x) => x instanceof LockWait && x.lock === lock && same(x.path) && (x.read ? state >= 0 : state === 0));
    if (!w) return;
    resume(m, w);
  }
}
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

def(['mpsc::channel', 'mpsc::sync_channel'], (m, args, c) => {
  const t = m.intern(c.tyArgs[0]);
  const queue = m.intern({ k: 'builtin', name: 'VecDeque', args: [t] });
  // A sync_channel's buffer has room for its bound from the start, and never grows.
  const header = c.name === 'mpsc::sync_channel' ? newVec(m, t, [], Number(args[0])) : [null, 0, 0];
  const chan = m.alloc(queue, [1, 1, header], { rc: true, names: CHANNEL_NAMES });
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
  wakeReceiver(m, p.mem);
  return ok(UNIT_VALUE);
});

/** A thread waiting to receive on the channel goes on (a value came, or the last sender went). */
function wakeReceiver(m: Machine, chan: Mem): void {
  const w = receiverOn(m, chan);
  if (w) resume(m, w);
}
/**
 * A SyncSender's send: Err(value) once the receiver is gone, Ok when the buffer has room; a full
 * buffer makes `send` wait for a receive (`try_send` says Full instead: null).
 */
function sendBounded(m: Machine, args: Value[], c: CallCtx, wait: boolean): 'sent' | 'gone' | null {
  const p = target(args);
  const ch = chanValue(p);
  if (ch[1] === 0) return 'gone';
  const { h, ref } = headerAt(new Ptr(p.mem, [2], PtrKind.Mut, -1, -1, null, 'queue'));
  const bound = h[1] as number;
  if ((h[2] as number) < bound) {
    vecPush(m, h, ref, argOf(m, c, 0), args[1]);
    wakeReceiver(m, p.mem);
    return 'sent';
  }
  // A thread waiting to receive takes the value straight from the sender (a sync_channel(0)).
  const receiver = (h[2] as number) === 0 ? receiverOn(m, p.mem) : undefined;
  if (receiver) {
    receiver.wait.handed = { v: args[1] };
    resume(m, receiver);
    return 'sent';
  }
  if (!wait) return null;
  // A spawned thread waits until a receive makes room (or takes the value); main waits for ever, as
  // every thread it spawned has run to its end or waits to send too.
  if (m.thread !== 0) {
    const sw = new SendWait(p.mem, args[1]);
    const finish = () => {
      if (sw.taken) return ok(UNIT_VALUE);
      if (ch[1] === 0) return err([sw.value]);
      vecPush(m, h, ref, argOf(m, c, 0), sw.value);
      wakeReceiver(m, p.mem);
      return ok(UNIT_VALUE);
    };
    throw new BlockSignal(finish, NESTED_WAIT('`send` on a full sync_channel'), sw);
  }
  if (startPending(m)) return sendBounded(m, args, c, wait);
  const alive = '(every spawned thread has ended or waits to send, and the `Receiver` is still alive)';
  m.stuck(
    bound === 0
      ? `deadlock: \`send\` on a sync_channel(0) waits for a thread to receive, and none will ${alive}`
      : `deadlock: \`send\` waits for room in a full sync_channel (bound ${bound}), and no thread will receive ${alive}`,
  );
}
def('SyncSender::send', (m, args, c) => (sendBounded(m, args, c, true) === 'sent' ? ok(UNIT_VALUE) : err([args[1]])));
// TrySendError: Full(T) (0) or Disconnected(T) (1).
def('SyncSender::try_send', (m, args, c) => {
  const r = sendBounded(m, args, c, false);
  return r === 'sent' ? ok(UNIT_VALUE) : err([r === null ? 0 : 1, args[1]]);
});
def(['Sender::clone', 'SyncSender::clone'], (m, args) => {
  const p = target(args);
  const ch = chanValue(p);
  ch[0] = (ch[0] as number) + 1;
  m.touch(p.mem, [0], 'senders');
  return new Ptr(p.mem, EMPTY_PATH, PtrKind.Rc);
});

/**
 * The next value of the channel, `null` once every sender is gone, `undefined` when it is empty and
 * `wait` is false. Where a real run would wait: a spawned thread waits, and the call it waits in is
 * answered by `answer` when it goes on (without one, as in an iterator adapter's `next`, the run
 * stops); main cannot wait, as no other thread could send.
 */
function receive(m: Machine, p: Ptr, wait: boolean, answer?: (v: Value | null) => Value): Value | null | undefined {
  const ch = chanValue(p);
  const { h, ref } = headerAt(new Ptr(p.mem, [2], PtrKind.Mut, -1, -1, null, 'queue'));
  const waiter = waiterOn(m, p.mem);
  if ((h[2] as number) > 0) {
    const [v] = vecElems(h).splice(0, 1);
    h[2] = (h[2] as number) - 1;
    vecChanged(m, h, ref);
    // There is room now: a thread waiting to send goes on.
    if (waiter) resume(m, waiter);
    return v;
  }
  // A sync_channel(0)'s sender hands its value over.
  if (waiter) {
    waiter.wait.taken = true;
    resume(m, waiter);
    return waiter.wait.value;
  }
  if (ch[0] === 0) return null;
  if (!wait) return undefined;
  if (m.thread !== 0) {
    const rw = new RecvWait(p.mem);
    const finish = () => answer!(rw.handed ? rw.handed.v : (receive(m, p, false) ?? null));
    if (answer) throw new BlockSignal(finish, NESTED_WAIT('receive'), rw);
    m.stuck('not supported yet: a spawned thread whose receive waits inside an iterator adapter or a std function (`rx.iter().map(..)`, `.collect()`): memviz can set a waiting thread aside in `recv()` and in `for x in rx` only');
  }
  if (startPending(m)) return receive(m, p, wait, answer);
  m.stuck('deadlock: `recv` waits for a value no thread will send (every spawned thread has ended or waits, and a `Sender` is still alive: drop it when you are done sending)');
}

const RECV_ERROR: Value = UNIT_VALUE;
def('Receiver::into_iter', (m, args, c) => new ChannelIter(args[0] as Ptr, true, true, argOf(m, c, 0)));
const optionOf = (v: Value | null): Value => (v === null ? [0] : [1, v]);
const recvResult = (v: Value | null): Value => (v === null ? err(RECV_ERROR) : ok(v));
def('Receiver::recv', (m, args) => recvResult(receive(m, target(args), true, recvResult) as Value | null));
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
  /** `Iterator::next` called on this very iterator (as `for x in rx` does): a spawned thread may wait in it. */
  nextOption(m: Machine): Value {
    const v = receive(m, this.chan, this.wait, optionOf);
    return optionOf(v ?? null);
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
  // The last sender gone: a thread waiting to receive gets None / Err.
  if (ch[0] === 0) wakeReceiver(m, p.mem);
  if (ch[0] === 0 && ch[1] === 0 && p.mem.live) freeChannel(m, p, elemTy);
}

/** Drop glue of a Receiver: values still queued are dropped with it (std discards them). */
export function dropReceiver(m: Machine, p: Ptr, elemTy: Ty, name: string): void {
  const ch = chanValue(p);
  ch[1] = 0;
  m.touch(p.mem, [1], `${name}.receiver`);
  // Threads waiting to send get their value back in an error.
  for (let w = waiterOn(m, p.mem); w; w = waiterOn(m, p.mem)) resume(m, w);
  if (ch[0] === 0 && p.mem.live) freeChannel(m, p, elemTy);
}

function freeChannel(m: Machine, p: Ptr, elemTy: Ty): void {
  const queue = m.intern({ k: 'builtin', name: 'VecDeque', args: [elemTy] });
  m.dropPlace(p.mem, [2], queue, 'queue');
  m.free(p.mem);
}

/** Drop glue of a JoinHandle never joined: the thread is detached, and its result dropped with the packet. */
export function dropJoinHandle(m: Machine, v: Value[], outTy: Ty, name: string): void {
  const p = v[1] as Ptr;
  dropItem(m, preludeTy(m, 'Thread'), v[2]);
  const waiter = waiterFor(m, p.mem);
  if (waiter) {
    waiter.detached = outTy;
    return;
  }
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
