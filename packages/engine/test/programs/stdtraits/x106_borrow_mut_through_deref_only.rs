use std::ops::Deref;
struct Inner { items: Vec<i32> }
struct W { c: Inner }
impl Deref for W { type Target = Inner; fn deref(&self) -> &Inner { &self.c } }
fn main() {
    let mut w = W { c: Inner { items: vec![] } };
    w.items.push(1);
    let r = &mut w.items;
    println!("{:?}", r);
}
