// Puzzle: the queue hands back all its items.
struct Queue {
    items: Vec<String>,
}

impl Queue {
    fn drain_all(&mut self) -> Vec<String> {
        self.items
    }
}

fn main() {
    let mut q = Queue {
        items: vec![String::from("a"), String::from("b")],
    };
    let all = q.drain_all();
    println!("{:?} / {}", all, q.items.len());
}
