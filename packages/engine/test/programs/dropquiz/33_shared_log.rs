// Record drops into a shared log instead of printing directly.
use std::cell::RefCell;
use std::rc::Rc;

struct Tracked {
    name: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.log.borrow_mut().push(self.name.clone());
    }
}

fn make(name: &str, log: &Rc<RefCell<Vec<String>>>) -> Tracked {
    Tracked { name: name.to_string(), log: Rc::clone(log) }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    {
        let _a = make("a", &log);
        let b = make("b", &log);
        let _c = make("c", &log);
        drop(b);
        let _ = make("d", &log);
    }
    println!("drop order: {}", log.borrow().join(", "));
    println!("log refs left: {}", Rc::strong_count(&log));
}
