// Exercise: the compiler complains about the loop. Why?
struct Message {
    body: String,
    urgent: bool,
}

fn send(m: Message, to: &str) {
    let flag = if m.urgent { "!" } else { "" };
    println!("sending to {}: {}{}", to, m.body, flag);
}

fn main() {
    let msg = Message { body: String::from("hi everyone"), urgent: false };
    let recipients = ["ann", "bob", "cem"];
    let mut sent = 0;
    for r in recipients.iter() {
        println!("preparing message for {}", r);
        send(msg, r);
        sent += 1;
    }
    println!("sent {} messages", sent);
}
