// RefCell moves the borrow rules to run time: interior mutability.
use std::cell::RefCell;

struct Logger {
    lines: RefCell<Vec<String>>,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.lines.borrow_mut().push(msg.to_string());
    }

    fn count(&self) -> usize {
        self.lines.borrow().len()
    }
}

fn process(items: &[i32], logger: &Logger) -> i32 {
    let mut sum = 0;
    for &i in items {
        if i < 0 {
            logger.log(&format!("skipping negative {}", i));
            continue;
        }
        sum += i;
    }
    logger.log(&format!("sum is {}", sum));
    sum
}

fn main() {
    let logger = Logger { lines: RefCell::new(Vec::new()) };
    let total = process(&[3, -1, 4, -1, 5], &logger);
    println!("total = {}", total);
    println!("{} log lines:", logger.count());
    for line in logger.lines.borrow().iter() {
        println!("  {}", line);
    }

    let cell = RefCell::new(5);
    {
        let mut m = cell.borrow_mut();
        *m += 10;
    }
    println!("cell = {}", cell.borrow());
    let r1 = cell.borrow();
    let r2 = cell.borrow();
    println!("two readers: {} {}", *r1, *r2);
    drop(r1);
    drop(r2);
    *cell.borrow_mut() *= 2;
    println!("into_inner = {}", cell.into_inner());
}
