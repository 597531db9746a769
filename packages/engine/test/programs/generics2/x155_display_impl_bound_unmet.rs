use std::fmt;
struct Wrapper<T>(Vec<T>);
impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0.len())
    }
}
fn main() {
    let nested = Wrapper(vec![vec![1]]);
    println!("{}", nested);
}
