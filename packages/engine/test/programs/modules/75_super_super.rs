const LIMIT: u32 = 3;
mod a {
    pub mod b {
        pub mod c {
            pub fn deep() -> u32 {
                super::super::helper() + crate::LIMIT + super::local()
            }
        }
        fn local() -> u32 { 10 }
    }
    fn helper() -> u32 { 100 }
}
fn main() {
    println!("{}", a::b::c::deep());
}
