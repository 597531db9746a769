use std::ops::Deref;
struct Counter { n: i32 }
struct W { c: Counter }
impl Deref for W { type Target = Counter; fn deref(&self) -> &Counter { &self.c } }
fn main() {
    let mut w = W { c: Counter { n: 1 } };
    w.n += 1;
    println!("{}", w.n);
}
