// Rc<RefCell<T>>: shared ownership with interior mutability.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Inbox {
    messages: Vec<String>,
}

fn send(inbox: &Rc<RefCell<Inbox>>, text: &str) {
    inbox.borrow_mut().messages.push(text.to_string());
}

fn main() {
    let inbox = Rc::new(RefCell::new(Inbox { messages: Vec::new() }));
    let alice = Rc::clone(&inbox);
    let bob = Rc::clone(&inbox);

    send(&alice, "hi from alice");
    send(&bob, "hi from bob");
    send(&alice, "lunch at noon?");

    let count = inbox.borrow().messages.len();
    println!("{} messages, {} owners", count, Rc::strong_count(&inbox));
    for (i, m) in inbox.borrow().messages.iter().enumerate() {
        println!("{}: {}", i + 1, m);
    }
}
