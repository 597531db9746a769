use std::fmt::Display;

// A generic method on a trait is fine as long as we use generics, not dyn.
trait Logger {
    fn prefix(&self) -> String;
    fn log<T: Display>(&self, value: T) {
        println!("{} {}", self.prefix(), value);
    }
}

struct Console;
struct Tagged {
    tag: String,
}

impl Logger for Console {
    fn prefix(&self) -> String {
        "[console]".to_string()
    }
}

impl Logger for Tagged {
    fn prefix(&self) -> String {
        format!("[{}]", self.tag)
    }
    fn log<T: Display>(&self, value: T) {
        println!("{} >> {} <<", self.prefix(), value);
    }
}

fn run<L: Logger>(logger: &L) {
    logger.log("starting");
    logger.log(3);
    logger.log(2.5);
}

fn main() {
    run(&Console);
    run(&Tagged { tag: "db".to_string() });
}
