use std::fmt::Display;

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn largest<T: PartialOrd + Clone>(items: &[T]) -> T {
    let mut best = items[0].clone();
    for it in items {
        if *it > best {
            best = it.clone();
        }
    }
    best
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Display> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn render(&self) -> String {
        self.items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" | ")
    }
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&[1.5, -2.0]));
    println!("{}", largest(&["pear", "apple", "zucchini"]));
    let vs = vec![
        Version { major: 1, minor: 2, patch: 3 },
        Version { major: 1, minor: 10, patch: 0 },
        Version { major: 0, minor: 99, patch: 99 },
    ];
    println!("{:?}", largest(&vs));
    println!("{}", vs[0] < vs[1]);
    let mut s: Stack<String> = Stack::new();
    s.push("a".to_string());
    s.push("b".to_string());
    s.push("c".to_string());
    println!("{}", s.render());
    println!("{:?}", s.pop());
    println!("{}", s.render());
    let mut n = Stack::new();
    n.push(1.5);
    n.push(2.25);
    println!("{}", n.render());
}
