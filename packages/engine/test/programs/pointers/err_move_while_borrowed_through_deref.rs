use std::ops::Deref;
struct W<T>(T);
impl<T> Deref for W<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn main() {
    let v = W(vec![String::from("a")]);
    let first = v.first();
    drop(v);
    println!("{:?}", first);
}
