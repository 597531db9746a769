// Student mistake: returning a plain reference into a RefCell's contents.
use std::cell::RefCell;

struct Log {
    lines: RefCell<Vec<String>>,
}

impl Log {
    fn add(&self, s: &str) {
        self.lines.borrow_mut().push(s.to_string());
    }
    fn first(&self) -> &String {
        &self.lines.borrow()[0]
    }
}

fn main() {
    let log = Log { lines: RefCell::new(Vec::new()) };
    log.add("boot");
    log.add("ready");
    println!("first = {}", log.first());
}
