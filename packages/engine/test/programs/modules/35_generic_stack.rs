mod collections {
    #[derive(Debug)]
    pub struct Stack<T> {
        items: Vec<T>,
    }

    impl<T: std::fmt::Debug> Stack<T> {
        pub fn new() -> Self {
            Stack { items: Vec::new() }
        }

        pub fn push(&mut self, item: T) {
            self.items.push(item);
        }

        pub fn pop(&mut self) -> Option<T> {
            self.items.pop()
        }

        pub fn peek(&self) -> Option<&T> {
            self.items.last()
        }

        pub fn len(&self) -> usize {
            self.items.len()
        }

        pub fn is_empty(&self) -> bool {
            self.items.is_empty()
        }
    }
}

use collections::Stack;

fn balanced(s: &str) -> bool {
    let mut st: Stack<char> = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => st.push(c),
            ')' => if st.pop() != Some('(') { return false; },
            ']' => if st.pop() != Some('[') { return false; },
            '}' => if st.pop() != Some('{') { return false; },
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s = Stack::new();
    s.push("a");
    s.push("b");
    s.push("c");
    println!("{:?}, len {}, top {:?}", s, s.len(), s.peek());
    println!("popped {:?}", s.pop());
    for expr in ["(a[b]{c})", "(]", "((x)", "{[()()]}"] {
        println!("{:<10} balanced: {}", expr, balanced(expr));
    }
}
