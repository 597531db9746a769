// Exercise: as_ref() gives Option<&Box<Node>>, not Option<&Node>.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

fn main() {
    let head = Some(Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) }));
    let it = Iter { next: head.as_ref() };
    for v in it {
        println!("{}", v);
    }
}
