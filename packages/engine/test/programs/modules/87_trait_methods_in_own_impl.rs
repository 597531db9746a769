mod a { pub trait T { fn f(&self) -> u32; fn g(&self) -> u32 { 1 } } }
mod b {
    pub struct S;
    impl crate::a::T for S { fn f(&self) -> u32 { self.g() + 1 } }
}
fn show<X: a::T>(x: &X) -> u32 { x.f() }
fn main() {
    let s = b::S;
    println!("{}", show(&s));
    let d: &dyn a::T = &s;
    println!("{}", d.f());
}
