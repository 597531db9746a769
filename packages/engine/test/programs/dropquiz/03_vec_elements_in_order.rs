// A Vec drops its elements front to back.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket #{} dropped", self.id);
    }
}

fn main() {
    let mut queue = Vec::new();
    for id in 1..=4 {
        queue.push(Ticket { id });
    }
    println!("queue has {} tickets", queue.len());
    let before = Ticket { id: 0 };
    println!("before is #{}", before.id);
    // `queue` was declared first, so it is dropped last.
}
