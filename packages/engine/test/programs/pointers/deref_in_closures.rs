use std::ops::Deref;
struct W<T>(T);
impl<T> Deref for W<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
struct P { n: i32 }
fn main() {
    let w = W(String::from("abc"));
    let p = W(P { n: 4 });
    let f = || w.len() + (*w).len();
    let g = || p.n * 2;
    println!("{} {}", f(), g());
    let h = move || w.to_uppercase();
    println!("{}", h());
}
