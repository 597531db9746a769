// RefCell checks borrows at run time: two live borrow_mut calls panic.
use std::cell::RefCell;

struct Logger {
    lines: RefCell<Vec<String>>,
}

impl Logger {
    fn log(&self, line: &str) {
        let mut first = self.lines.borrow_mut();
        first.push(line.to_string());
        println!("logged: {}", line);
        // Oops: the first RefMut is still alive here.
        let mut second = self.lines.borrow_mut();
        second.push(format!("(copy) {}", line));
    }
}

fn main() {
    let logger = Logger { lines: RefCell::new(Vec::new()) };
    println!("about to log");
    logger.log("server started");
    println!("never printed");
}
