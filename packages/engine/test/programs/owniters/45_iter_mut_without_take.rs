// Quiz: Option<&mut Node> is not Copy, so map() cannot move it out of self.
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
        self.next.map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.value
        })
    }
}

fn main() {
    let mut head = Some(Box::new(Node { value: 7, next: None }));
    let it = IterMut { next: head.as_deref_mut() };
    for v in it {
        *v *= 2;
    }
    println!("{}", head.unwrap().value);
}
