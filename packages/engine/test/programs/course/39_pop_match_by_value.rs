// Lab 2 checkpoint: pop written with a plain match instead of take().

struct Node {
    word: String,
    next: Option<Box<Node>>,
}

struct WordStack {
    head: Option<Box<Node>>,
    len: usize,
}

impl WordStack {
    fn push(&mut self, word: &str) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { word: word.to_string(), next }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<String> {
        match self.head {
            None => None,
            Some(node) => {
                self.head = node.next;
                self.len -= 1;
                Some(node.word)
            }
        }
    }
}

fn main() {
    let mut stack = WordStack { head: None, len: 0 };
    for w in ["owner", "borrow", "lifetime"] {
        stack.push(w);
    }
    while let Some(w) = stack.pop() {
        println!("popped {} ({} left)", w, stack.len);
    }
}
