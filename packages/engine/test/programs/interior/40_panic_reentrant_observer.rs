use std::cell::RefCell;
use std::rc::Rc;

struct Channel {
    listeners: RefCell<Vec<Box<dyn Fn(&Channel, &str)>>>,
}

impl Channel {
    fn subscribe(&self, f: Box<dyn Fn(&Channel, &str)>) {
        self.listeners.borrow_mut().push(f);
    }

    fn send(&self, msg: &str) {
        for l in self.listeners.borrow().iter() {
            l(self, msg);
        }
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let ch = Channel { listeners: RefCell::new(Vec::new()) };

    let l = Rc::clone(&log);
    ch.subscribe(Box::new(move |_, m| l.borrow_mut().push(m.to_string())));
    // This listener tries to subscribe another listener while send() is iterating.
    ch.subscribe(Box::new(|c, m| {
        if m == "join" {
            c.subscribe(Box::new(|_, _| {}));
        }
    }));

    ch.send("hello");
    println!("log: {:?}", log.borrow());
    ch.send("join");
    println!("unreachable: {:?}", log.borrow());
}
