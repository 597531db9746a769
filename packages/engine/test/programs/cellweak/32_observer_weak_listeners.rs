use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Listener {
    name: String,
    seen: RefCell<Vec<String>>,
}

struct Button {
    listeners: Vec<Weak<Listener>>,
}

impl Button {
    fn click(&self, what: &str) {
        for w in &self.listeners {
            if let Some(l) = w.upgrade() {
                l.seen.borrow_mut().push(what.to_string());
                println!("{} got {}", l.name, what);
            } else {
                println!("(a listener is gone)");
            }
        }
    }
}

fn main() {
    let logger = Rc::new(Listener { name: "logger".into(), seen: RefCell::new(vec![]) });
    let counter = Rc::new(Listener { name: "counter".into(), seen: RefCell::new(vec![]) });

    let button = Button { listeners: vec![Rc::downgrade(&logger), Rc::downgrade(&counter)] };
    button.click("first");

    drop(counter);
    button.click("second");

    println!("logger saw {:?}", logger.seen.borrow());
}
