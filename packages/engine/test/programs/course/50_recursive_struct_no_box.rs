// Lab 2 warm-up: the first attempt at a node type.

struct Node {
    value: i32,
    next: Option<Node>,
}

fn count(node: &Node) -> usize {
    match &node.next {
        Some(n) => 1 + count(n),
        None => 1,
    }
}

fn main() {
    let tail = Node { value: 2, next: None };
    let head = Node { value: 1, next: Some(tail) };
    println!("head value = {}", head.value);
    println!("nodes = {}", count(&head));
}
