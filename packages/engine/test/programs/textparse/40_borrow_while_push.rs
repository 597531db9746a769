// Building a log message and remembering its prefix.
fn main() {
    let mut message = String::from("WARN: ");
    let prefix = &message[..4];

    message.push_str("disk almost full");
    println!("level {} -> {}", prefix, message);
}
