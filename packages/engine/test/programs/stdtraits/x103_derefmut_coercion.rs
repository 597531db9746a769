use std::ops::{Deref, DerefMut};
struct Counter { n: i32 }
struct W { c: Counter }
impl Deref for W { type Target = Counter; fn deref(&self) -> &Counter { &self.c } }
impl DerefMut for W { fn deref_mut(&mut self) -> &mut Counter { &mut self.c } }
fn bump(v: &mut Counter) { v.n += 10; }
fn main() {
    let mut w = W { c: Counter { n: 1 } };
    w.n += 1;
    *w = Counter { n: w.n * 2 };
    bump(&mut w);
    let r = &mut w;
    r.n += 100;
    let first = &w.n;
    println!("{}", first);
}
