// Clearing a String keeps its allocation for the next message.
fn main() {
    let mut msg = String::new();
    let users = ["Zoe", "Maximilian", "Al"];
    for user in users {
        msg.clear();
        msg.push_str("Hello, ");
        msg.push_str(user);
        msg.push('!');
        println!("{:<20} len={:>2} cap={:>2}", msg, msg.len(), msg.capacity());
    }
    msg.shrink_to_fit();
    println!("shrunk: len={} cap={}", msg.len(), msg.capacity());
}
