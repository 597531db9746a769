use std::ops::{Deref, DerefMut};
struct Guarded<T> { value: T, writes: u32 }
impl<T> Deref for Guarded<T> { type Target = T; fn deref(&self) -> &T { &self.value } }
impl<T> DerefMut for Guarded<T> { fn deref_mut(&mut self) -> &mut T { self.writes += 1; &mut self.value } }
fn main() {
    let mut g = Guarded { value: String::from("hi"), writes: 0 };
    g.push_str(" there");
    g.push('!');
    println!("{} {} {}", *g, g.len(), g.writes);
    let mut v = Guarded { value: vec![3, 1, 2], writes: 0 };
    v.sort();
    v[0] = 10;
    for x in v.iter_mut() { *x *= 2; }
    println!("{:?} {}", *v, v.writes);
}
