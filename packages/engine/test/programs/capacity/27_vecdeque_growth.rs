// VecDeque grows like Vec, whichever end you push on.
use std::collections::VecDeque;

fn main() {
    let mut line: VecDeque<u32> = VecDeque::new();
    println!("new: len={} cap={}", line.len(), line.capacity());
    for ticket in 1..=9 {
        if ticket % 2 == 0 {
            line.push_front(ticket);
        } else {
            line.push_back(ticket);
        }
        println!("ticket {}: len={} cap={}", ticket, line.len(), line.capacity());
    }
    println!("front={:?} back={:?}", line.front(), line.back());
}
