use std::cell::RefCell;
use std::rc::{Rc, Weak};

trait Observer {
    fn notify(&self, event: &str);
}

struct Logger {
    prefix: String,
    seen: RefCell<Vec<String>>,
}

impl Observer for Logger {
    fn notify(&self, event: &str) {
        println!("[{}] {}", self.prefix, event);
        self.seen.borrow_mut().push(event.to_string());
    }
}

struct Subject {
    observers: Vec<Weak<dyn Observer>>,
}

impl Subject {
    fn subscribe(&mut self, o: &Rc<dyn Observer>) {
        self.observers.push(Rc::downgrade(o));
    }

    fn emit(&mut self, event: &str) {
        self.observers.retain(|w| w.upgrade().is_some());
        for w in &self.observers {
            if let Some(o) = w.upgrade() {
                o.notify(event);
            }
        }
        println!("({} live observers)", self.observers.len());
    }
}

fn main() {
    let mut subject = Subject { observers: Vec::new() };
    let audit = Rc::new(Logger { prefix: "audit".into(), seen: RefCell::new(vec![]) });
    let audit_dyn: Rc<dyn Observer> = audit.clone();
    subject.subscribe(&audit_dyn);
    {
        let temp: Rc<dyn Observer> = Rc::new(Logger { prefix: "temp".into(), seen: RefCell::new(vec![]) });
        subject.subscribe(&temp);
        subject.emit("user logged in");
    }
    subject.emit("user logged out");
    println!("audit saw {:?}", audit.seen.borrow());
}
