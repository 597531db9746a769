use std::fmt;

struct Wrapper<T>(Vec<T>);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|x| x.to_string()).collect();
        write!(f, "[{}]", parts.join(", "))
    }
}

fn main() {
    let flat = Wrapper(vec![1, 2, 3]);
    println!("{}", flat);

    // Vec<i32> has no Display, so Wrapper<Vec<i32>> has none either.
    let nested = Wrapper(vec![vec![1, 2], vec![3]]);
    println!("{}", nested);
}
