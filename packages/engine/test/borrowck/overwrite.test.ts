// Writing a part of a place ends the borrows of what that part held (rustc's kill_borrows_on_place):
// after `pair.0 = ..` a borrow of the old `pair.0` no longer conflicts, and re-pointing a reference
// kept in a field (`c.cur = &mut b`) ends the reborrows of its old target. Borrows of `v[i]` are not
// ended by writing `v[j]`. Codes and positions are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf, runsAs } from '../support/run.js';

describe('an assignment to a field or through a reference ends the borrows it overwrites', () => {
  it('one E0506 for the write of a borrowed field, and no error for the use after it', async () => {
    expect(await errorsOf(FIELD)).toEqual(['E0506 4:5 cannot assign to `pair.0` because it is borrowed']);
  });

  it('re-pointing a reference kept in a tuple or struct field frees its old target for the earlier reborrow', async () => {
    await runsAs(REPOINT, '10 1 2 10\n');
  });

  it('writing v[j] does not end a borrow of v[i]', async () => {
    expect(await errorsOf(INDEX)).toEqual([
      'E0502 6:5 cannot borrow `v` as mutable because it is also borrowed as immutable',
      'E0502 7:5 cannot borrow `v` as mutable because it is also borrowed as immutable',
    ]);
  });
});

const FIELD = `fn main() {
    let mut pair = (vec![1], 0);
    let r = &pair.0;
    pair.0 = vec![2];
    pair.0.push(3);
    println!("{:?}", r);
}
`;

const REPOINT = `struct Cursor<'a> { cur: &'a mut i32 }
fn main() {
    let (mut x, mut y) = (0, 0);
    let mut pp = (&mut x, 0);
    let q = &mut *pp.0;
    pp.0 = &mut y;
    *pp.0 += 1;
    *q += 10;
    let (mut a, mut b) = (1, 2);
    let mut c = Cursor { cur: &mut a };
    let held = &mut *c.cur;
    c.cur = &mut b;
    *c.cur *= 5;
    *held += 1;
    println!("{} {} {} {}", x, y, a, b);
}
`;

const INDEX = `fn main() {
    let mut v = vec![vec![1], vec![2]];
    let i = 0;
    let j = 1;
    let r = &v[i];
    v[j] = vec![3];
    v[j].push(4);
    println!("{:?}", r);
}
`;
