// IterMut over a linked list: take() the Option<&mut Node> to move forward.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct IterMut<'a> {
    next: Option<&'a mut Node>,
}

impl<'a> Iterator for IterMut<'a> {
    type Item = &'a mut i32;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.value
        })
    }
}

fn build(values: &[i32]) -> Option<Box<Node>> {
    let mut head = None;
    for &v in values.iter().rev() {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    head
}

fn main() {
    let mut head = build(&[5, 10, 15]);
    let it = IterMut { next: head.as_deref_mut() };
    for v in it {
        *v += 1;
    }
    let mut cur = head.as_deref();
    while let Some(node) = cur {
        print!("{} ", node.value);
        cur = node.next.as_deref();
    }
    println!();
}
