// Exercise: a wrapper type without a Deref implementation.
struct Wrapper<T>(T);

impl<T> Wrapper<T> {
    fn new(value: T) -> Wrapper<T> {
        Wrapper(value)
    }
}

fn main() {
    let x = 10;
    let w = Wrapper::new(x);

    let doubled = *w * 2;
    println!("{} doubled is {}", x, doubled);
}
