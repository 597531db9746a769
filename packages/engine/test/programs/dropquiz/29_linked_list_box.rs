// A Box chain drops from the head down.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.value);
    }
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for v in 1..=3 {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    let mut cursor = head.as_ref();
    while let Some(node) = cursor {
        print!("{} -> ", node.value);
        cursor = node.next.as_ref();
    }
    println!("nil");
    println!("end of main");
}
