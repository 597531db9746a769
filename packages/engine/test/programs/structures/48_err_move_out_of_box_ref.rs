// Student mistake: moving the next node out of a Box that is only borrowed.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn second(head: &Box<Node>) -> Option<Box<Node>> {
    head.next
}

fn main() {
    let list = Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) });
    match second(&list) {
        Some(n) => println!("second = {}", n.val),
        None => println!("no second"),
    }
    println!("head = {}", list.val);
}
