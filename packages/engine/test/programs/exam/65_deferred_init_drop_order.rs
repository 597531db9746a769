// Drop order follows declaration, not initialization.
struct Flag(&'static str);

impl Drop for Flag {
    fn drop(&mut self) {
        println!("lower {}", self.0);
    }
}

fn main() {
    let first;
    let second = Flag("second");
    first = Flag("first");
    let third = Flag("third");
    println!("raised {} {} {}", first.0, second.0, third.0);
}
