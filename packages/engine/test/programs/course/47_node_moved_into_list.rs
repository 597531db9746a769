// Lab 2 checkpoint: build a list from a node we created first.

struct Node {
    name: String,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn from_node(node: Box<Node>) -> List {
        List { head: Some(node), len: 1 }
    }
}

fn main() {
    let node = Box::new(Node { name: String::from("start"), next: None });
    let list = List::from_node(node);

    println!("list has {} node(s)", list.len);
    println!("first node is {}", node.name);
    println!("it has a next node: {}", list.head.as_ref().map_or(false, |n| n.next.is_some()));
}
