use std::ops::Deref;
struct W<T>(T);
impl<T> Deref for W<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn main() {
    let mut v = W(vec![1, 2]);
    v.push(3);
    println!("{}", v.len());
}
