struct Stack {
    head: Option<Box<Frame>>,
}

struct Frame {
    value: i32,
    below: Option<Box<Frame>>,
}

impl Stack {
    fn pop(&mut self) -> Option<i32> {
        let top = self.head;
        match top {
            Some(f) => {
                self.head = f.below;
                Some(f.value)
            }
            None => None,
        }
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Frame { value: 1, below: None })) };
    println!("{:?}", s.pop());
}
