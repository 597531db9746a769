// A linked list node holding the next node directly in an Option
struct Node {
    value: i32,
    next: Option<Node>,
}

fn length(node: &Node) -> usize {
    match &node.next {
        Some(n) => 1 + length(n),
        None => 1,
    }
}

fn main() {
    let list = Node { value: 1, next: Some(Node { value: 2, next: None }) };
    println!("{} {}", list.value, length(&list));
}
