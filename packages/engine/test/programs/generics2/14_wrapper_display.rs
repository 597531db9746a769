use std::fmt;

// Newtype around Vec<T> so we can implement Display for it.
struct Wrapper<T>(Vec<T>);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", v)?;
        }
        write!(f, "]")
    }
}

fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {}", w);

    let nums = Wrapper(vec![1, 1, 2, 3, 5, 8]);
    println!("fib = {}", nums);
    println!("len = {}", nums.0.len());

    let empty: Wrapper<f32> = Wrapper(Vec::new());
    println!("empty = {}", empty);
}
