pub mod collections {
    pub mod stack {
        type Link<T> = Option<Box<Node<T>>>;

        struct Node<T> {
            value: T,
            next: Link<T>,
        }

        pub struct Stack<T> {
            head: Link<T>,
            len: usize,
        }

        impl<T: std::fmt::Debug> Stack<T> {
            pub fn new() -> Self {
                Stack { head: None, len: 0 }
            }

            pub fn push(&mut self, value: T) {
                let old = self.head.take();
                self.head = Some(Box::new(Node { value, next: old }));
                self.len += 1;
            }

            pub fn pop(&mut self) -> Option<T> {
                self.head.take().map(|node| {
                    self.head = node.next;
                    self.len -= 1;
                    node.value
                })
            }

            pub fn peek(&self) -> Option<&T> {
                self.head.as_ref().map(|n| &n.value)
            }

            pub fn len(&self) -> usize {
                self.len
            }
        }
    }
}

use collections::stack::Stack;

fn balanced(s: &str) -> bool {
    let mut st = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => st.push(c),
            ')' => if st.pop() != Some('(') { return false; },
            ']' => if st.pop() != Some('[') { return false; },
            '}' => if st.pop() != Some('{') { return false; },
            _ => {}
        }
    }
    st.len() == 0
}

fn main() {
    let mut s: Stack<&str> = Stack::new();
    s.push("a");
    s.push("b");
    s.push("c");
    println!("peek {:?}, len {}", s.peek(), s.len());
    while let Some(x) = s.pop() {
        println!("popped {}", x);
    }
    for text in ["(a[b]{c})", "(]", "((", "{[()()]}"] {
        println!("{:<10} balanced: {}", text, balanced(text));
    }
}
