// A generic Stack<T>
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: std::fmt::Display> Stack<T> {
    fn show(&self) -> String {
        let parts: Vec<String> = self.items.iter().map(|x| x.to_string()).collect();
        format!("[{}>", parts.join(" "))
    }
}

fn balanced(s: &str) -> bool {
    let mut st: Stack<char> = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' => st.push(c),
            ')' => if st.pop() != Some('(') { return false; },
            ']' => if st.pop() != Some('[') { return false; },
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=4 {
        s.push(i * 10);
    }
    println!("{} len={}", s.show(), s.len());
    println!("peek {:?}", s.peek());
    while let Some(top) = s.pop() {
        print!("{} ", top);
    }
    println!();
    let mut words: Stack<String> = Stack::new();
    words.push(String::from("a"));
    words.push(String::from("b"));
    println!("{:?}", words);
    for t in ["([])", "(]", "((", "[()()]"] {
        println!("{} balanced: {}", t, balanced(t));
    }
}
