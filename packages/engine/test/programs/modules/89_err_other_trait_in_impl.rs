mod a { pub trait T { fn f(&self) -> u32; fn g(&self) -> u32 { 1 } } pub trait U { fn u(&self) -> u32 { 5 } } }
mod b {
    pub struct S;
    impl crate::a::U for S {}
    impl crate::a::T for S { fn f(&self) -> u32 { self.u() + 1 } }
}
fn main() {}
