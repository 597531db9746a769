// Lab 2 checkpoint: print the list, then detach its head node.

#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

#[derive(Debug)]
struct List {
    head: Option<Box<Node>>,
    name: String,
}

fn length(head: &Option<Box<Node>>) -> usize {
    match head {
        Some(n) => 1 + length(&n.next),
        None => 0,
    }
}

fn main() {
    let list = List {
        name: String::from("primes"),
        head: Some(Box::new(Node {
            val: 2,
            next: Some(Box::new(Node { val: 3, next: None })),
        })),
    };
    println!("{} has {} nodes", list.name, length(&list.head));

    // Take the first node out of the list.
    let first = list.head;
    if let Some(node) = &first {
        println!("detached node with value {}", node.val);
    }

    println!("list after detaching: {:?}", list.head);
}
