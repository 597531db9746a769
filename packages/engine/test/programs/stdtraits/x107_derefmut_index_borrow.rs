use std::ops::{Deref, DerefMut};
struct Stack { items: Vec<i32> }
impl Deref for Stack { type Target = Vec<i32>; fn deref(&self) -> &Vec<i32> { &self.items } }
impl DerefMut for Stack { fn deref_mut(&mut self) -> &mut Vec<i32> { &mut self.items } }
fn main() {
    let mut s = Stack { items: vec![1, 2] };
    let first = &s[0];
    s.push(3);
    println!("{}", first);
}
