import { describe, expect, it } from 'vitest';
import { borrowck } from '../../src/borrowck/index.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { Body } from '../../src/mir/mir.js';
import type { Ty } from '../../src/types/ty.js';
import { adt, builtin, cp, deref, field, FnBuilder, index, int, mv, pl, program, ref, use } from './mirBuilder.js';

const I32: Ty = { k: 'int', int: 'i32' };
const USIZE: Ty = { k: 'int', int: 'usize' };
const UNIT: Ty = { k: 'tuple', elems: [] };
const STRING: Ty = { k: 'builtin', name: 'String', args: [] };
const STR: Ty = { k: 'str' };
const vec = (t: Ty): Ty => ({ k: 'builtin', name: 'Vec', args: [t] });
const refTy = (t: Ty, mut = false, region: Ty extends never ? never : { k: 'anon' } | { k: 'named'; name: string } | { k: 'static' } = { k: 'anon' }): Ty => ({ k: 'ref', mut, inner: t, region });
const str = (s: string) => ({ k: 'const', value: { k: 'str', value: s }, ty: refTy(STR, false, { k: 'static' }) }) as const;

function errorsOf(fns: Body[], adts = [] as ReturnType<typeof adt>[]): Diagnostic[] {
  return borrowck(program(fns, adts)).diagnostics;
}

function expectOnly(diags: Diagnostic[], code: string, line: number, col: number, message: string): Diagnostic {
  expect(diags.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`)).toEqual([`${code} ${line}:${col} ${message}`]);
  return diags[0];
}

/** `println!("{}", x)`: a shared borrow of `place` passed to the print builtin. */
function print(f: FnBuilder, place: ReturnType<typeof pl>, line: number, col: number, ty: Ty): void {
  const t = f.temp(refTy(ty), line, col);
  f.assign(t, ref(place), line, col);
  const u = f.temp(UNIT);
  f.call(builtin('io::print'), [mv(t)], u, line, 5);
}

describe('moves and initialization', () => {
  it('E0382: borrow of a moved String (corpus 049)', () => {
    const f = new FnBuilder('main');
    const title = f.let('title', STRING, false, 2, 9);
    f.call(builtin('String::from'), [str('Rust notes')], title, 2, 17);
    const archived = f.let('archived', STRING, false, 3, 9);
    f.assign(archived, use(mv(title)), 3, 20, 5);
    print(f, pl(archived), 4, 30, STRING);
    print(f, pl(title), 5, 27, STRING);
    f.drop(archived, 6).drop(title, 6);
    const d = expectOnly(errorsOf([f.ret(6)]), 'E0382', 5, 27, 'borrow of moved value: `title`');
    expect(d.labels.map((l) => l.message)).toEqual([
      'value borrowed here after move',
      'value moved here',
      'move occurs because `title` has type `String`, which does not implement the `Copy` trait',
    ]);
    expect(d.labels[1].span.line).toBe(3);
  });

  it('E0382: a move in a loop is reported once, "in previous iteration of loop" (corpus 050)', () => {
    const f = new FnBuilder('main');
    const store = new FnBuilder('store', USIZE);
    store.arg('log', vec(STRING));
    const log = f.let('log', vec(STRING), false, 7, 9);
    f.call(builtin('Vec::new'), [], log, 7, 15);
    const head = f.newBlock();
    const body = f.newBlock();
    const exit = f.newBlock();
    f.goto(head).switchTo(head);
    const cond = f.temp({ k: 'bool' });
    f.branch(cp(cond), body, exit, 8);
    f.switchTo(body);
    const arg = f.temp(vec(STRING), 9, 23);
    f.assign(arg, use(mv(log)), 9, 23, 3);
    const n = f.let('n', USIZE, false, 9, 13);
    f.call({ k: 'fn', fn: 1, tyArgs: [] }, [mv(arg)], n, 9, 17);
    f.dead(n, 11).goto(head);
    f.switchTo(exit).drop(log, 12);
    const d = expectOnly(errorsOf([f.ret(12), store.ret(4)]), 'E0382', 9, 23, 'use of moved value: `log`');
    expect(d.labels.some((l) => l.message === 'value moved here, in previous iteration of loop')).toBe(true);
  });

  it('E0382: use of a partially moved struct; its Copy field stays usable (corpus 051)', () => {
    const order = adt(0, 'Order', [{ name: 'item', ty: STRING }, { name: 'quantity', ty: { k: 'int', int: 'u32' } }]);
    const orderTy: Ty = { k: 'adt', adt: 0, args: [] };
    const f = new FnBuilder('main');
    const o = f.let('order', orderTy, false, 11, 9);
    f.assign(o, { k: 'aggregate', kind: { k: 'adt', adt: 0, variant: 0, tyArgs: [] }, ops: [str('lamp') as never, int(2)] }, 11, 17);
    const item = f.let('item', STRING, false, 12, 9);
    f.assign(item, use(mv(o, field(0))), 12, 16, 10);
    const q = f.let('q', { k: 'int', int: 'u32' }, false, 13, 9);
    f.assign(q, use(mv(o, field(1))), 13, 50, 14);
    const t = f.temp(orderTy, 14, 25);
    f.assign(t, use(mv(o)), 14, 25, 5);
    const d = expectOnly(errorsOf([f.ret(16)], [order]), 'E0382', 14, 25, 'use of partially moved value: `order`');
    expect(d.labels.map((l) => l.message)).toContain('value partially moved here');
    expect(d.notes[0]).toContain('partial move occurs because `order.item` has type `String`');
  });

  it('E0381: a binding used before it is assigned', () => {
    const f = new FnBuilder('main');
    const x = f.let('x', I32, false, 2, 9);
    const y = f.let('y', I32, false, 3, 9);
    f.assign(y, use(cp(x)), 3, 13);
    expectOnly(errorsOf([f.ret(4)]), 'E0381', 3, 13, "used binding `x` isn't initialized");
  });

  it('E0507: moving a String out of a Vec by indexing (corpus 060)', () => {
    const f = new FnBuilder('main');
    const names = f.let('names', vec(STRING), false, 2, 9);
    f.call(builtin('Vec::new'), [], names, 2, 17);
    const i = f.temp(USIZE);
    f.assign(i, use(int(0)), 3, 23);
    const first = f.let('first', STRING, false, 3, 9);
    f.assign(first, use(mv(names, deref, index(i))), 3, 17, 8);
    expectOnly(errorsOf([f.ret(5)]), 'E0507', 3, 17, 'cannot move out of index of `Vec<String>`');
  });

  it('E0507: moving a field out from behind a shared reference (corpus 061)', () => {
    const profile = adt(0, 'Profile', [{ name: 'nickname', ty: STRING }]);
    const f = new FnBuilder('steal', STRING);
    const p = f.arg('p', refTy({ k: 'adt', adt: 0, args: [] }));
    f.assign(0, use(mv(p, deref, field(0))), 6, 5, 10);
    expectOnly(errorsOf([f.ret(7)], [profile]), 'E0507', 6, 5, 'cannot move out of `p.nickname` which is behind a shared reference');
  });
});

describe('mutability', () => {
  it('E0384: assigning twice to an immutable variable (corpus 065)', () => {
    const f = new FnBuilder('main');
    const a = f.let('attempts', I32, false, 2, 9);
    f.assign(a, use(int(0)), 2, 20);
    f.assign(a, { k: 'binary', op: 'add', left: cp(a), right: int(1), ty: I32 }, 4, 5, 23);
    expectOnly(errorsOf([f.ret(6)]), 'E0384', 4, 5, 'cannot assign twice to immutable variable `attempts`');
  });

  it('a deferred initialization `let x; x = 1;` is not a second assignment', () => {
    const f = new FnBuilder('main');
    const x = f.let('x', I32, false, 2, 9);
    f.assign(x, use(int(1)), 3, 5);
    expect(errorsOf([f.ret(4)])).toEqual([]);
  });

  it('E0596: `push` on a binding not declared `mut` (corpus 066)', () => {
    const f = new FnBuilder('main');
    const cart = f.let('cart', vec(refTy(STR)), false, 2, 9);
    f.call(builtin('Vec::new'), [], cart, 2, 16);
    const t = f.temp(refTy(vec(refTy(STR)), true), 3, 5);
    f.assign(t, ref(pl(cart), true, true), 3, 5, 18);
    f.call(builtin('Vec::push'), [mv(t), str('apple') as never], f.temp(UNIT), 3, 5);
    expectOnly(errorsOf([f.ret(5)]), 'E0596', 3, 5, 'cannot borrow `cart` as mutable, as it is not declared as mutable');
  });

  it('E0594: assigning through a shared reference (corpus 071)', () => {
    const thermo = adt(0, 'Thermostat', [{ name: 'target', ty: I32 }]);
    const f = new FnBuilder('reset');
    const t = f.arg('t', refTy({ k: 'adt', adt: 0, args: [] }));
    f.assign(pl(t, deref, field(0)), use(int(20)), 6, 5, 13);
    expectOnly(errorsOf([f.ret(7)], [thermo]), 'E0594', 6, 5, 'cannot assign to `t.target`, which is behind a `&` reference');
  });

  it('writing through `&mut` needs no `mut` on the reference binding', () => {
    const f = new FnBuilder('add_one');
    const n = f.arg('n', refTy(I32, true));
    f.assign(pl(n, deref), { k: 'binary', op: 'add', left: cp(n, deref), right: int(1), ty: I32 }, 2, 5);
    expect(errorsOf([f.ret(3)])).toEqual([]);
  });
});

describe('borrow conflicts', () => {
  it('E0499: two live mutable borrows (corpus 053)', () => {
    const f = new FnBuilder('main');
    const buf = f.let('buffer', STRING, true, 2, 9);
    f.call(builtin('String::from'), [str('data') as never], buf, 2, 22);
    const w1 = f.let('w1', refTy(STRING, true), false, 3, 9);
    f.assign(w1, ref(pl(buf), true), 3, 14, 11);
    const w2 = f.let('w2', refTy(STRING, true), false, 4, 9);
    f.assign(w2, ref(pl(buf), true), 4, 14, 11);
    for (const [w, line] of [[w1, 5], [w2, 6]] as const) {
      const t = f.temp(refTy(STRING, true));
      f.assign(t, ref(pl(w, deref), true, true), line, 5);
      f.call(builtin('String::push_str'), [mv(t), str('x') as never], f.temp(UNIT), line, 5);
    }
    print(f, pl(buf), 7, 20, STRING);
    const d = expectOnly(errorsOf([f.ret(8)]), 'E0499', 4, 14, 'cannot borrow `buffer` as mutable more than once at a time');
    expect(d.labels.map((l) => [l.message, l.span.line])).toEqual([
      ['second mutable borrow occurs here', 4],
      ['first mutable borrow occurs here', 3],
      ['first borrow later used here', 5],
    ]);
  });

  it('NLL: a borrow ends at its last use (corpus 034)', () => {
    const f = new FnBuilder('main');
    const scores = f.let('scores', vec(I32), true, 3, 9);
    f.call(builtin('Vec::new'), [], scores, 3, 22);
    const i = f.temp(USIZE);
    f.assign(i, use(int(0)), 4, 25);
    const first = f.let('first', refTy(I32), false, 4, 9);
    f.assign(first, ref(pl(scores, deref, index(i))), 4, 17, 10);
    print(f, pl(first, deref), 5, 28, I32);
    const t = f.temp(refTy(vec(I32), true));
    f.assign(t, ref(pl(scores), true, true), 6, 5, 16);
    f.call(builtin('Vec::push'), [mv(t), int(40)], f.temp(UNIT), 6, 5);
    expect(errorsOf([f.ret(8)])).toEqual([]);
  });

  it('E0502: push while an element is borrowed and used later (corpus 055)', () => {
    const f = new FnBuilder('main');
    const queue = f.let('queue', vec(I32), true, 2, 9);
    f.call(builtin('Vec::new'), [], queue, 2, 21);
    const i = f.temp(USIZE);
    f.assign(i, use(int(0)), 3, 22);
    const head = f.let('head', refTy(I32), false, 3, 9);
    f.assign(head, ref(pl(queue, deref, index(i))), 3, 16, 9);
    const t = f.temp(refTy(vec(I32), true));
    f.assign(t, ref(pl(queue), true, true), 4, 5, 13);
    f.call(builtin('Vec::push'), [mv(t), int(4)], f.temp(UNIT), 4, 5);
    print(f, pl(head, deref), 5, 27, I32);
    const d = expectOnly(errorsOf([f.ret(6)]), 'E0502', 4, 5, 'cannot borrow `queue` as mutable because it is also borrowed as immutable');
    expect(d.labels.map((l) => [l.message, l.span.line])).toEqual([
      ['mutable borrow occurs here', 4],
      ['immutable borrow occurs here', 3],
      ['immutable borrow later used here', 5],
    ]);
  });

  it('two-phase borrows: `v.push(v.len())` compiles (corpus 035)', () => {
    const f = new FnBuilder('main');
    const v = f.let('v', vec(USIZE), true, 4, 9);
    f.call(builtin('Vec::new'), [], v, 4, 29);
    const t = f.temp(refTy(vec(USIZE), true));
    f.assign(t, ref(pl(v), true, true), 5, 5, 15);
    const u = f.temp(refTy(vec(USIZE)));
    f.assign(u, ref(pl(v)), 5, 12, 7);
    const n = f.temp(USIZE);
    f.call(builtin('Vec::len'), [mv(u)], n, 5, 12);
    f.call(builtin('Vec::push'), [mv(t), mv(n)], f.temp(UNIT), 5, 5);
    expect(errorsOf([f.ret(9)])).toEqual([]);
  });

  it('E0502: IndexMut takes its `&mut` before the index is computed (corpus 075)', () => {
    const f = new FnBuilder('main');
    const counts = f.let('counts', vec(I32), true, 4, 9);
    f.call(builtin('Vec::new'), [], counts, 4, 22);
    const t = f.temp(refTy(vec(I32), true));
    f.assign(t, ref(pl(counts), true), 5, 5, 24);
    const u = f.temp(refTy(vec(I32)));
    f.assign(u, ref(pl(counts)), 5, 12, 12);
    const n = f.temp(USIZE);
    f.call(builtin('Vec::len'), [mv(u)], n, 5, 12);
    f.assign(pl(t, deref, deref, index(n)), { k: 'binary', op: 'add', left: cp(t, deref, deref, index(n)), right: int(10), ty: I32 }, 5, 5, 31);
    expectOnly(errorsOf([f.ret(7)]), 'E0502', 5, 12, 'cannot borrow `counts` as immutable because it is also borrowed as mutable');
  });

  it('E0505: moving a value while a slice of it is used later (corpus 057)', () => {
    const archive = new FnBuilder('archive');
    archive.arg('doc', STRING);
    const f = new FnBuilder('main');
    const doc = f.let('doc', STRING, false, 6, 9);
    f.call(builtin('String::from'), [str('report.txt') as never], doc, 6, 15);
    const preview = f.let('preview', refTy(STR), false, 7, 9);
    f.assign(preview, ref(pl(doc, deref)), 7, 19, 9);
    const a = f.temp(STRING);
    f.assign(a, use(mv(doc)), 8, 13, 3);
    f.call({ k: 'fn', fn: 1, tyArgs: [] }, [mv(a)], f.temp(UNIT), 8, 5);
    print(f, pl(preview, deref), 9, 30, STR);
    const d = expectOnly(errorsOf([f.ret(10), archive.ret(3)]), 'E0505', 8, 13, 'cannot move out of `doc` because it is borrowed');
    expect(d.labels.map((l) => l.message)).toContain('borrow later used here');
  });

  it('E0506: assigning to a borrowed variable (corpus 059)', () => {
    const f = new FnBuilder('main');
    const limit = f.let('limit', I32, true, 2, 9);
    f.assign(limit, use(int(10)), 2, 21);
    const view = f.let('view', refTy(I32), false, 3, 9);
    f.assign(view, ref(pl(limit)), 3, 16, 6);
    f.assign(limit, use(int(20)), 4, 5, 10);
    print(f, pl(view, deref), 5, 39, I32);
    expectOnly(errorsOf([f.ret(6)]), 'E0506', 4, 5, 'cannot assign to `limit` because it is borrowed');
  });

  it('E0502: a closure holding `&mut total` is called again later (corpus 073)', () => {
    const closureTy: Ty = { k: 'closure', fn: 1, captures: [refTy(I32, true)] };
    const f = new FnBuilder('main');
    const total = f.let('total', I32, true, 2, 9);
    f.assign(total, use(int(0)), 2, 21);
    const cap = f.temp(refTy(I32, true));
    f.assign(cap, ref(pl(total), true), 3, 19, 17);
    const add = f.let('add', closureTy, true, 3, 13);
    f.assign(add, { k: 'aggregate', kind: { k: 'closure', fn: 1, tyArgs: [] }, ops: [mv(cap)] }, 3, 19, 17);
    for (const line of [4, 6]) {
      if (line === 6) print(f, pl(total), 5, 35, I32);
      const r = f.temp(refTy(closureTy, true));
      f.assign(r, ref(pl(add), true), line, 5);
      f.call({ k: 'value', op: mv(r), kind: 'FnMut' }, [int(5)], f.temp(UNIT), line, 5);
    }
    const clo = new FnBuilder('main::{closure#0}', UNIT, 'closure');
    clo.arg('env', refTy(closureTy, true));
    expectOnly(errorsOf([f.ret(7), clo.ret(3)]), 'E0502', 5, 35, 'cannot borrow `total` as immutable because it is also borrowed as mutable');
  });

  it('reborrows through `&mut` leave the reference usable (corpus 036)', () => {
    const addOne = new FnBuilder('add_one');
    addOne.arg('n', refTy(I32, true));
    const f = new FnBuilder('main');
    const value = f.let('value', I32, true, 10, 9);
    f.assign(value, use(int(0)), 10, 21);
    const r = f.let('r', refTy(I32, true), false, 11, 9);
    f.assign(r, ref(pl(value), true), 11, 13, 10);
    for (const line of [12, 13]) {
      const t = f.temp(refTy(I32, true));
      f.assign(t, ref(pl(r, deref), true), line, 13);
      f.call({ k: 'fn', fn: 1, tyArgs: [] }, [mv(t)], f.temp(UNIT), line, 5);
    }
    f.assign(pl(r, deref), { k: 'binary', op: 'add', left: cp(r, deref), right: int(10), ty: I32 }, 14, 5);
    print(f, pl(value), 15, 28, I32);
    expect(errorsOf([f.ret(16), addOne.ret(3)])).toEqual([]);
  });
});

describe('borrows that outlive their data', () => {
  it('E0597: a reference escapes the block of its referent (corpus 062)', () => {
    const f = new FnBuilder('main');
    const lr = f.let('longest_ref', refTy(STRING), false, 2, 9);
    const word = f.let('word', STRING, false, 4, 13);
    f.call(builtin('String::from'), [str('ephemeral') as never], word, 4, 20);
    f.assign(lr, ref(pl(word)), 5, 23, 5);
    f.drop(word, 6, 5).dead(word, 6, 5);
    print(f, pl(lr, deref), 7, 20, STRING);
    const d = expectOnly(errorsOf([f.ret(8)]), 'E0597', 5, 23, '`word` does not live long enough');
    expect(d.labels.map((l) => [l.message, l.span.line])).toEqual([
      ['borrowed value does not live long enough', 5],
      ['`word` dropped here while still borrowed', 6],
      ['binding `word` declared here', 4],
      ['borrow later used here', 7],
    ]);
  });

  it('E0716: a temporary freed at the end of the statement (corpus 064)', () => {
    const mk = new FnBuilder('make_label', STRING);
    mk.arg('n', { k: 'int', int: 'u32' });
    const f = new FnBuilder('main');
    const tmp = f.temp(STRING, 6, 25);
    f.call({ k: 'fn', fn: 1, tyArgs: [] }, [int(7)], tmp, 6, 25);
    const u = f.temp(refTy(STRING), 6, 25);
    f.assign(u, ref(pl(tmp)), 6, 25, 13);
    const trimmed = f.let('trimmed', refTy(STR), false, 6, 9);
    f.call(builtin('String::as_str'), [mv(u)], trimmed, 6, 25);
    f.drop(tmp, 6, 47).dead(tmp, 6, 47);
    print(f, pl(trimmed, deref), 7, 20, STR);
    expectOnly(errorsOf([f.ret(8), mk.ret(3)]), 'E0716', 6, 25, 'temporary value dropped while borrowed');
  });

  it('E0515: returning a reference to a local (corpus 070)', () => {
    const f = new FnBuilder('build_greeting', refTy(STR));
    f.arg('name', refTy(STR));
    const full = f.let('full', STRING, false, 2, 9);
    f.call(builtin('fmt::format'), [], full, 2, 16);
    f.assign(0, ref(pl(full, deref)), 3, 5, 5);
    f.drop(full, 4, 1).dead(full, 4, 1);
    expectOnly(errorsOf([f.ret(4)]), 'E0515', 3, 5, 'cannot return reference to local variable `full`');
  });

  it('E0515: returning a value that borrows a local', () => {
    const f = new FnBuilder('g', refTy(STR));
    const s = f.let('s', STRING, false, 2, 9);
    f.call(builtin('String::new'), [], s, 2, 13);
    const t = f.temp(refTy(STRING));
    f.assign(t, ref(pl(s)), 3, 5, 1);
    f.call(builtin('String::as_str'), [mv(t)], 0, 3, 5, 10);
    f.drop(s, 4).dead(s, 4);
    expectOnly(errorsOf([f.ret(4)]), 'E0515', 3, 5, 'cannot return value referencing local variable `s`');
  });

  it('returning a reference derived from a parameter is fine', () => {
    const f = new FnBuilder('first', refTy(STR));
    const p = f.arg('s', refTy(STRING));
    f.call(builtin('String::as_str'), [cp(p)], 0, 2, 5);
    expect(errorsOf([f.ret(3)])).toEqual([]);
  });

  it('E0373: a returned closure borrows a local (corpus 069)', () => {
    const closureTy: Ty = { k: 'closure', fn: 1, captures: [refTy(I32, true)] };
    const f = new FnBuilder('make_counter', { k: 'opaque', bounds: [], actual: closureTy });
    const count = f.let('count', I32, true, 2, 9);
    f.assign(count, use(int(0)), 2, 21);
    const cap = f.temp(refTy(I32, true));
    f.assign(cap, ref(pl(count), true), 4, 9, 5);
    f.assign(0, { k: 'aggregate', kind: { k: 'closure', fn: 1, tyArgs: [] }, ops: [mv(cap)] }, 3, 5, 40);
    f.dead(count, 7);
    const clo = new FnBuilder('make_counter::{closure#0}', { k: 'int', int: 'u32' }, 'closure');
    clo.arg('env', refTy(closureTy, true));
    expectOnly(errorsOf([f.ret(7), clo.ret(6)]), 'E0373', 3, 5, 'closure may outlive the current function, but it borrows `count`, which is owned by the current function');
  });

  it('a struct with a Drop impl keeps its borrow alive until it is dropped', () => {
    const D = adt(0, 'D', [{ name: 'r', ty: refTy(I32, false, { k: 'named', name: 'a' }) }], { dropFn: 1 });
    const dTy: Ty = { k: 'adt', adt: 0, args: [] };
    const f = new FnBuilder('main');
    const x = f.let('x', I32, true, 2, 9);
    f.assign(x, use(int(1)), 2, 17);
    const r = f.temp(refTy(I32));
    f.assign(r, ref(pl(x)), 2, 41, 2);
    const d = f.let('d', dTy, false, 2, 29);
    f.assign(d, { k: 'aggregate', kind: { k: 'adt', adt: 0, variant: 0, tyArgs: [] }, ops: [mv(r)] }, 2, 33, 12);
    f.assign(x, use(int(2)), 2, 47, 5);
    f.drop(d, 2, 54).dead(d, 2, 54);
    const dropFn = new FnBuilder('<D as Drop>::drop');
    dropFn.arg('self', refTy(dTy, true));
    const diag = expectOnly(errorsOf([f.ret(3), dropFn.ret(3)], [D]), 'E0506', 2, 47, 'cannot assign to `x` because it is borrowed');
    expect(diag.labels.at(-1)?.message).toBe('borrow might be used here, when `d` is dropped and runs the `Drop` code for type `D`');
  });

  it('without a Drop impl, an unused struct holding a borrow does not block the assignment', () => {
    const S = adt(0, 'S', [{ name: 'r', ty: refTy(I32, false, { k: 'named', name: 'a' }) }]);
    const f = new FnBuilder('main');
    const x = f.let('x', I32, true, 2, 9);
    f.assign(x, use(int(1)), 2, 17);
    const r = f.temp(refTy(I32));
    f.assign(r, ref(pl(x)), 2, 41, 2);
    const s = f.let('s', { k: 'adt', adt: 0, args: [] }, false, 2, 29);
    f.assign(s, { k: 'aggregate', kind: { k: 'adt', adt: 0, variant: 0, tyArgs: [] }, ops: [mv(r)] }, 2, 33, 12);
    f.assign(x, use(int(2)), 2, 47, 5);
    f.dead(s, 2, 54);
    expect(errorsOf([f.ret(3)], [S])).toEqual([]);
  });
});
