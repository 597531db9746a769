// A generic linked list with iter(), peek_mut() and a Display impl.
use std::fmt;

type Link<T> = Option<Box<Node<T>>>;

struct Node<T> {
    value: T,
    next: Link<T>,
}

struct Stack<T> {
    head: Link<T>,
    size: usize,
}

struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None, size: 0 }
    }

    fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.size += 1;
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.value)
    }

    fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                write!(f, " -> ")?;
            }
            write!(f, "{}", v)?;
        }
        write!(f, "]")
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    for n in [3, 1, 4, 1, 5, 9] {
        s.push(n);
    }
    println!("{} (size {})", s, s.size);
    if let Some(top) = s.peek_mut() {
        *top *= 100;
    }
    println!("after peek_mut: {}", s);
    let total: i32 = s.iter().sum();
    let evens: Vec<&i32> = s.iter().filter(|v| *v % 2 == 0).collect();
    println!("sum = {}, evens = {:?}", total, evens);
    let words: Stack<&str> = {
        let mut w = Stack::new();
        w.push("world");
        w.push("hello");
        w
    };
    println!("{}", words);
}
