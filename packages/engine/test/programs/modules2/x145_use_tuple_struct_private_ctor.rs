mod m {
    pub struct P(u8);
    impl P { pub fn new(v: u8) -> P { P(v) } }
}
use m::P;
fn main() {
    let p = P(3);
}
