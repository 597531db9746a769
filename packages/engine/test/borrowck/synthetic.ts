// A generator of large, valid (borrow-error-free) MIR bodies for the
// performance test and benchmark: `lines` source lines of lets, borrows,
// two-phase method calls, prints and loops, in the shapes lowering produces.
import type { Body } from '../../src/mir/mir.js';
import type { Ty } from '../../src/types/ty.js';
import { builtin, cp, deref, FnBuilder, int, mv, pl, ref, use } from './mirBuilder.js';

const I32: Ty = { k: 'int', int: 'i32' };
const UNIT: Ty = { k: 'tuple', elems: [] };
const STRING: Ty = { k: 'builtin', name: 'String', args: [] };
const VEC: Ty = { k: 'builtin', name: 'Vec', args: [I32] };
const refTy = (t: Ty, mut = false): Ty => ({ k: 'ref', mut, inner: t, region: { k: 'anon' } });

export function syntheticBody(lines: number): Body {
  const f = new FnBuilder('main');
  const v = f.let('v', VEC, true, 1, 9);
  f.call(builtin('Vec::new'), [], v, 1, 13);
  const strings: number[] = [];
  let line = 2;
  while (line < lines) {
    // A loop every 10 lines: header, body with a borrow and a push, back edge.
    const head = f.newBlock();
    const body = f.newBlock();
    const exit = f.newBlock();
    const i = f.let(`i${line}`, I32, true, line, 9);
    f.assign(i, use(int(0)), line, 13);
    f.goto(head).switchTo(head);
    const c = f.temp({ k: 'bool' }, line + 1, 11);
    f.assign(c, { k: 'binary', op: 'lt', left: cp(i), right: int(10), ty: I32 }, line + 1, 11);
    f.branch(cp(c), body, exit, line + 1);
    f.switchTo(body);
    const t = f.temp(refTy(VEC, true), line + 2, 9);
    f.assign(t, ref(pl(v), true, true), line + 2, 9);
    const u = f.temp(refTy(VEC), line + 2, 16);
    f.assign(u, ref(pl(v)), line + 2, 16);
    const n = f.temp({ k: 'int', int: 'usize' }, line + 2, 16);
    f.call(builtin('Vec::len'), [mv(u)], n, line + 2, 16);
    const n32 = f.temp(I32);
    f.assign(n32, { k: 'cast', op: cp(n), to: I32 }, line + 2, 16);
    f.call(builtin('Vec::push'), [mv(t), mv(n32)], f.temp(UNIT), line + 2, 9);
    f.assign(i, { k: 'binary', op: 'add', left: cp(i), right: int(1), ty: I32 }, line + 3, 9);
    f.goto(head);
    f.switchTo(exit);
    line += 4;
    for (let k = 0; k < 6 && line < lines; k++, line++) {
      const s = f.let(`s${line}`, STRING, true, line, 9);
      f.call(builtin('String::new'), [], s, line, 13);
      strings.push(s);
      const r = f.let(`r${line}`, refTy(STRING), false, line, 30);
      const target = strings[Math.max(0, strings.length - 3)];
      f.assign(r, ref(pl(target)), line, 34);
      const p = f.temp(refTy(STRING), line, 40);
      f.assign(p, ref(pl(r, deref)), line, 40);
      f.call(builtin('io::print'), [mv(p)], f.temp(UNIT), line, 40);
    }
  }
  for (const s of [...strings].reverse()) f.drop(s, lines).dead(s, lines);
  f.drop(v, lines);
  return f.ret(lines);
}
