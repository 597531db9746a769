use std::cell::RefCell;
use std::rc::Rc;

type Handler = Box<dyn Fn(&str)>;

struct EventBus {
    handlers: Vec<(String, Handler)>,
}

impl EventBus {
    fn on(&mut self, topic: &str, h: Handler) {
        self.handlers.push((topic.to_string(), h));
    }

    fn emit(&self, topic: &str, payload: &str) {
        for (t, h) in &self.handlers {
            if t == topic {
                h(payload);
            }
        }
    }
}

fn main() {
    let audit = Rc::new(RefCell::new(Vec::<String>::new()));
    let mut bus = EventBus { handlers: Vec::new() };

    let log = Rc::clone(&audit);
    bus.on("login", Box::new(move |user| log.borrow_mut().push(format!("login:{}", user))));
    let log = Rc::clone(&audit);
    bus.on("logout", Box::new(move |user| log.borrow_mut().push(format!("logout:{}", user))));
    let log = Rc::clone(&audit);
    bus.on("login", Box::new(move |user| {
        let n = log.borrow().len();
        log.borrow_mut().push(format!("welcome #{} {}", n, user));
    }));

    bus.emit("login", "maya");
    bus.emit("logout", "maya");
    bus.emit("login", "omar");
    bus.emit("unknown", "nobody");

    for entry in audit.borrow().iter() {
        println!("{}", entry);
    }
}
