// A mock object records messages through &self using RefCell.
use std::cell::RefCell;

pub trait Messenger {
    fn send(&self, msg: &str);
}

pub struct QuotaTracker<'a, T: Messenger> {
    messenger: &'a T,
    used: usize,
    max: usize,
}

impl<'a, T: Messenger> QuotaTracker<'a, T> {
    pub fn new(messenger: &'a T, max: usize) -> Self {
        QuotaTracker { messenger, used: 0, max }
    }

    pub fn set_used(&mut self, used: usize) {
        self.used = used;
        let percent = self.used * 100 / self.max;
        if percent >= 100 {
            self.messenger.send("Error: quota exceeded");
        } else if percent >= 90 {
            self.messenger.send("Urgent: over 90% of quota used");
        } else if percent >= 75 {
            self.messenger.send("Warning: over 75% of quota used");
        }
    }
}

struct MockMessenger {
    sent: RefCell<Vec<String>>,
}

impl Messenger for MockMessenger {
    fn send(&self, msg: &str) {
        self.sent.borrow_mut().push(String::from(msg));
    }
}

fn main() {
    let mock = MockMessenger { sent: RefCell::new(vec![]) };
    let mut tracker = QuotaTracker::new(&mock, 200);

    tracker.set_used(100);
    tracker.set_used(160);
    tracker.set_used(190);
    tracker.set_used(250);

    println!("{} messages recorded:", mock.sent.borrow().len());
    for m in mock.sent.borrow().iter() {
        println!("  {}", m);
    }
}
