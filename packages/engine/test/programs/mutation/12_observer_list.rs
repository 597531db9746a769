use std::cell::RefCell;
use std::rc::Rc;

struct Subscriber {
    name: String,
    inbox: RefCell<Vec<String>>,
}

struct Newsletter {
    subscribers: Vec<Rc<Subscriber>>,
}

impl Newsletter {
    fn subscribe(&mut self, s: Rc<Subscriber>) {
        self.subscribers.push(s);
    }

    fn publish(&self, title: &str) {
        for s in &self.subscribers {
            s.inbox.borrow_mut().push(title.to_string());
        }
    }
}

fn main() {
    let ann = Rc::new(Subscriber { name: "Ann".into(), inbox: RefCell::new(vec![]) });
    let ben = Rc::new(Subscriber { name: "Ben".into(), inbox: RefCell::new(vec![]) });

    let mut weekly = Newsletter { subscribers: vec![] };
    weekly.subscribe(Rc::clone(&ann));
    weekly.publish("Issue #1");
    weekly.subscribe(Rc::clone(&ben));
    weekly.publish("Issue #2");
    weekly.publish("Issue #3");

    for who in [&ann, &ben] {
        let inbox = who.inbox.borrow();
        println!("{} got {} issues: {:?}", who.name, inbox.len(), inbox);
    }
}
