use std::cell::RefCell;

struct Logger {
    lines: RefCell<Vec<String>>,
}

impl Logger {
    fn new() -> Logger {
        Logger { lines: RefCell::new(Vec::new()) }
    }

    fn log(&self, msg: &str) {
        let n = self.lines.borrow().len();
        self.lines.borrow_mut().push(format!("[{}] {}", n, msg));
    }
}

fn process(order: u32, logger: &Logger) {
    logger.log(&format!("processing order {}", order));
}

fn main() {
    let logger = Logger::new();
    logger.log("start");
    for id in [101, 102, 103] {
        process(id, &logger);
    }
    logger.log("done");

    for line in logger.lines.borrow().iter() {
        println!("{}", line);
    }
}
