// mem::take leaves Default::default() behind.
use std::mem;

#[derive(Default)]
struct Inbox {
    owner: String,
    messages: Vec<String>,
}

impl Drop for Inbox {
    fn drop(&mut self) {
        println!("drop inbox '{}' with {} messages", self.owner, self.messages.len());
    }
}

fn main() {
    let mut inbox = Inbox {
        owner: "sam".to_string(),
        messages: vec!["hi".to_string(), "lunch?".to_string()],
    };
    let taken = mem::take(&mut inbox);
    println!("taken owner = {}, left owner = '{}'", taken.owner, inbox.owner);
    inbox.owner.push_str("empty");
    println!("end");
}
