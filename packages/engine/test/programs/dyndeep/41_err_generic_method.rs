use std::fmt::Display;

trait Printer {
    fn print<T: Display>(&self, value: T);
}

struct Console;

impl Printer for Console {
    fn print<T: Display>(&self, value: T) {
        println!("> {}", value);
    }
}

fn main() {
    let p: &dyn Printer = &Console;
    p.print(5);
    p.print("hi");
}
