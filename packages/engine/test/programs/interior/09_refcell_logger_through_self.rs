use std::cell::RefCell;

struct Logger {
    prefix: String,
    lines: RefCell<Vec<String>>,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.lines.borrow_mut().push(format!("[{}] {}", self.prefix, msg));
    }

    fn dump(&self) {
        for (i, line) in self.lines.borrow().iter().enumerate() {
            println!("{:02} {}", i + 1, line);
        }
    }
}

fn process(order_id: u32, log: &Logger) -> u32 {
    log.log(&format!("start order {}", order_id));
    let total = order_id * 3;
    log.log(&format!("order {} total {}", order_id, total));
    total
}

fn main() {
    let logger = Logger { prefix: "shop".into(), lines: RefCell::new(vec![]) };
    let sum: u32 = (1..=3).map(|id| process(id, &logger)).sum();
    logger.log(&format!("grand total {}", sum));
    logger.dump();
    println!("{} lines logged", logger.lines.borrow().len());
}
