// Exercise: the mock wants to record messages, but send takes &self.
pub trait Messenger {
    fn send(&self, msg: &str);
}

struct MockMessenger {
    sent: Vec<String>,
}

impl Messenger for MockMessenger {
    fn send(&self, msg: &str) {
        self.sent.push(String::from(msg));
    }
}

fn main() {
    let mock = MockMessenger { sent: vec![] };
    mock.send("Warning: over 75% of quota used");
    println!("recorded {}", mock.sent.len());
}
