mod outer {
    fn secret() -> u32 { 42 }
    pub mod inner {
        use super::*;
        pub fn reveal() -> u32 { secret() + 1 }
    }
}
fn main() {
    println!("{}", outer::inner::reveal());
}
