mod traffic {
    #[derive(Debug, PartialEq, Clone, Copy)]
    pub enum Light { Red, Yellow, Green }
    use self::Light::*;
    pub fn next(l: Light) -> Light {
        match l {
            Red => Green,
            Green => Yellow,
            Yellow => Red,
        }
    }
    pub const START: Light = Red;
}
use traffic::Light;
fn main() {
    let mut l = traffic::START;
    for _ in 0..4 {
        print!("{:?} ", l);
        l = traffic::next(l);
    }
    println!();
    println!("{}", l == Light::Green);
}
