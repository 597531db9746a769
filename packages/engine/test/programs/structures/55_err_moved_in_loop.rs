// Student mistake: moving the same Box into every new node inside a loop.
#[derive(Debug)]
struct Node {
    id: u32,
    next: Option<Box<Node>>,
}

fn main() {
    let shared_tail = Box::new(Node { id: 0, next: None });
    let mut heads = Vec::new();
    for id in 1..=3 {
        let n = Node { id, next: Some(shared_tail) };
        heads.push(n);
    }
    println!("{} heads", heads.len());
}
