// Build a node inside a function and hand back a reference to it
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn make_chain(n: i32) -> &'static Node {
    let mut head = Node { val: 0, next: None };
    for i in 1..=n {
        head = Node { val: i, next: Some(Box::new(head)) };
    }
    &head
}

fn main() {
    let chain = make_chain(3);
    println!("head = {}", chain.val);
}
