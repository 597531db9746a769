mod a { pub trait T { fn f(&self) -> u32; fn g(&self) -> u32 { 1 } } }
mod b {
    pub struct S;
    impl crate::a::T for S { fn f(&self) -> u32 { let o = S; o.g() } }
}
fn main() { let s = b::S; println!("{}", crate::a::T::f(&s)); }
