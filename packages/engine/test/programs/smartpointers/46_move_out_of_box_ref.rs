#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn second(head: &Box<Node>) -> Option<Node> {
    match &head.next {
        Some(boxed) => Some(**boxed),
        None => None,
    }
}

fn main() {
    let list = Box::new(Node {
        value: 1,
        next: Some(Box::new(Node { value: 2, next: None })),
    });
    println!("{:?}", second(&list));
    println!("head is {}", list.value);
}
