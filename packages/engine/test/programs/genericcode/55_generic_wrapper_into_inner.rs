use std::fmt::Debug;

// A generic wrapper that counts how many times its value was read.
#[derive(Debug)]
struct Tracked<T> {
    value: T,
    reads: u32,
}

impl<T: Debug + Clone> Tracked<T> {
    fn new(value: T) -> Self {
        Tracked { value, reads: 0 }
    }

    fn read(&mut self) -> T {
        self.reads += 1;
        self.value.clone()
    }

    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Tracked<U> {
        Tracked { value: f(self.value), reads: self.reads }
    }

    fn into_inner(self) -> T {
        self.value
    }
}

fn main() {
    let mut t = Tracked::new(vec![1, 2, 3]);
    let a = t.read();
    let b = t.read();
    println!("{:?} {:?} reads={}", a, b, t.reads);
    let lens = t.map(|v| v.len());
    println!("{:?}", lens);
    let mut name = Tracked::new(String::from("ferris"));
    name.read();
    let inner = name.into_inner();
    println!("{}", inner);
}
