#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node {
        value: 1,
        next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })),
    };
    let detached = head.next.take();
    println!("head = {:?}", head);
    if let Some(mut n) = detached {
        println!("detached value {}", n.value);
        let rest = n.next.take();
        println!("rest = {:?}", rest.map(|b| b.value));
        println!("n.next now {:?}", n.next.is_none());
    }
}
