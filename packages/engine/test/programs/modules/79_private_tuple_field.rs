mod units {
    #[derive(Debug)]
    pub struct Meters(f64);
    impl Meters {
        pub fn new(v: f64) -> Meters { Meters(v) }
    }
}
fn main() {
    let a = units::Meters::new(2.0);
    println!("{}", a.0);
}
