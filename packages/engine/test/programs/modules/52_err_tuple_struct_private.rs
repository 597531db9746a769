// expected: E0603 tuple struct constructor `Celsius` is private (field not `pub`)
mod weather {
    #[derive(Debug)]
    pub struct Celsius(f64);

    impl Celsius {
        pub fn from_fahrenheit(f: f64) -> Celsius {
            Celsius((f - 32.0) * 5.0 / 9.0)
        }
    }
}

fn main() {
    let a = weather::Celsius::from_fahrenheit(212.0);
    let b = weather::Celsius(21.5);
    println!("{:?} {:?}", a, b);
}
