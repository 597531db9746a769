use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<<{}>>", self)
    }
}

struct Temperature {
    celsius: f64,
}

impl Display for Temperature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.celsius)
    }
}

fn show_all(items: &[&dyn Describe]) {
    for (i, it) in items.iter().enumerate() {
        println!("{}: {}", i, it.describe());
    }
}

fn main() {
    println!("{}", 42.describe());
    println!("{}", "hello".describe());
    println!("{}", 'x'.describe());
    let t = Temperature { celsius: 21.456 };
    println!("{}", t.describe());
    let s = String::from("owned");
    show_all(&[&1u8, &t, &s, &3.5]);
}
