// kind: prints
// title: A ticket moved into a function
// tags: drop-order, move
// difficulty: 2
// mode: text
// ---
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} dropped", self.id);
    }
}

fn punch(t: Ticket) {
    println!("punching {}", t.id);
}

fn main() {
    let first = Ticket { id: 1 };
    let second = Ticket { id: 2 };
    punch(second);
    println!("back in main");
    let _keep = first;
}
