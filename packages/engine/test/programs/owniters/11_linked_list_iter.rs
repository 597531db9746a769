// A singly linked list and an iterator that walks it by reference.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl List {
    fn new() -> Self {
        List { head: None }
    }

    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
    }

    fn iter(&self) -> Iter<'_> {
        Iter { next: self.head.as_deref() }
    }
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a i32;

    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

fn main() {
    let mut list = List::new();
    for v in [1, 2, 3, 4] {
        list.push(v);
    }
    let items: Vec<&i32> = list.iter().collect();
    println!("{:?}", items);
    let doubled_sum: i32 = list.iter().map(|v| v * 2).sum();
    println!("doubled sum = {}", doubled_sum);
}
