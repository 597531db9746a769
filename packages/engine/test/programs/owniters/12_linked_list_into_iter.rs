// Consuming a linked list: IntoIter pops the head each time.
struct Node {
    name: String,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

struct IntoIter(Stack);

impl Stack {
    fn push(&mut self, name: &str) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { name: name.to_string(), next }));
    }

    fn pop(&mut self) -> Option<String> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.name
        })
    }
}

impl Iterator for IntoIter {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        self.0.pop()
    }
}

impl IntoIterator for Stack {
    type Item = String;
    type IntoIter = IntoIter;
    fn into_iter(self) -> IntoIter {
        IntoIter(self)
    }
}

fn main() {
    let mut s = Stack { head: None };
    s.push("first");
    s.push("second");
    s.push("third");
    for (i, name) in s.into_iter().enumerate() {
        println!("{}: {}", i, name);
    }
}
