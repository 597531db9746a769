// Generic stack-based RPN calculator; pops on empty and panics via expect
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy + std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> T {
        self.items.pop().expect("stack underflow")
    }
}

fn eval(expr: &str) -> i64 {
    let mut st: Stack<i64> = Stack::new();
    for tok in expr.split_whitespace() {
        match tok {
            "+" | "-" | "*" => {
                let b = st.pop();
                let a = st.pop();
                st.push(match tok {
                    "+" => a + b,
                    "-" => a - b,
                    _ => a * b,
                });
            }
            n => st.push(n.parse().unwrap()),
        }
    }
    st.pop()
}

fn main() {
    println!("{}", eval("3 4 +"));
    println!("{}", eval("5 1 2 + 4 * + 3 -"));
    println!("{}", eval("2 3 4 * *"));
    println!("{}", eval("1 +"));
}
