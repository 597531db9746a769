// generics1/2: a generic Wrapper struct and a typed Vec.
struct Wrapper<T> {
    value: T,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value }
    }

    fn get(&self) -> &T {
        &self.value
    }
}

fn main() {
    let mut numbers: Vec<i16> = Vec::new();
    let n1: u8 = 42;
    numbers.push(n1.into());
    let n2: i8 = -1;
    numbers.push(n2.into());
    println!("{:?}", numbers);

    let a = Wrapper::new(42);
    let b = Wrapper::new("Foo");
    let c = Wrapper::new(vec![1.5, 2.5]);
    println!("{} {} {:?}", a.get(), b.get(), c.get());
}
