// A ring buffer of recent events with a fixed size.
use std::collections::VecDeque;

fn main() {
    let limit = 4;
    let mut recent: VecDeque<&str> = VecDeque::with_capacity(limit);
    println!("cap={}", recent.capacity());
    for event in ["login", "view", "click", "scroll", "logout", "login"] {
        if recent.len() == limit {
            let old = recent.pop_front().unwrap();
            println!("dropping {}", old);
        }
        recent.push_back(event);
    }
    println!("recent: {:?} len={} cap={}", recent, recent.len(), recent.capacity());
}
