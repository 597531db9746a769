// `T: Default` lets generic code produce an "empty" value.
#[derive(Debug)]
struct Slot<T> {
    name: &'static str,
    value: T,
}

impl<T: Default> Slot<T> {
    fn empty(name: &'static str) -> Self {
        Slot { name, value: T::default() }
    }

    // Take the value out, leaving the default behind.
    fn take(&mut self) -> T {
        std::mem::take(&mut self.value)
    }
}

fn sum_or_default<T: Default + Copy + std::ops::Add<Output = T>>(items: &[T]) -> T {
    let mut total = T::default();
    for &x in items {
        total = total + x;
    }
    total
}

fn main() {
    let mut counter: Slot<u32> = Slot::empty("counter");
    counter.value += 3;
    println!("{:?}", counter);

    let mut note: Slot<String> = Slot::empty("note");
    note.value.push_str("buy milk");
    let old = note.take();
    println!("took {:?}, now {:?}", old, note);

    println!("sum = {}", sum_or_default(&[1, 2, 3]));
    println!("empty sum = {}", sum_or_default::<f64>(&[]));
}
