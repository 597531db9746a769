struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping node {}", self.value);
    }
}

fn main() {
    let list = Node {
        value: 1,
        next: Some(Box::new(Node {
            value: 2,
            next: Some(Box::new(Node { value: 3, next: None })),
        })),
    };
    let mut count = 0;
    let mut cur = Some(&list);
    while let Some(n) = cur {
        count += 1;
        cur = n.next.as_deref();
    }
    println!("list has {} nodes", count);
}
