use std::fmt;

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T> Labeled<T> {
    fn new(label: &str, value: T) -> Self {
        Labeled { label: label.to_string(), value }
    }
}

// Only Labeled<T> where T: Display gets a Display impl.
impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {}", self.label, self.value)
    }
}

// And Labeled<T> where T: Debug gets a debug-ish helper.
impl<T: fmt::Debug> Labeled<T> {
    fn debug_line(&self) -> String {
        format!("{}: {:?}", self.label, self.value)
    }
}

fn main() {
    let a = Labeled::new("answer", 42);
    let b = Labeled::new("pi", 3.14159);
    let c = Labeled::new("primes", vec![2, 3, 5, 7]);
    println!("{}", a);
    println!("{}", b);
    println!("{}", c.debug_line());
    println!("{}", a.debug_line());
    let s = b.to_string();
    println!("len of '{}' is {}", s, s.len());
}
