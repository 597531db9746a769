use std::fmt::Display;

trait Logger {
    fn log<T: Display>(&self, value: T);
}

struct Console {
    prefix: String,
}

impl Logger for Console {
    fn log<T: Display>(&self, value: T) {
        println!("{} {}", self.prefix, value);
    }
}

fn main() {
    let loggers: Vec<Box<dyn Logger>> = vec![Box::new(Console { prefix: "[info]".to_string() })];
    for l in &loggers {
        l.log(42);
    }
}
