// Student mistake: returning a concrete value where a generic T is expected (E0308)
#[derive(Debug)]
struct Bag<T> {
    items: Vec<T>,
}

impl<T: Default + Clone> Bag<T> {
    fn new() -> Self {
        Bag { items: Vec::new() }
    }

    fn first_or_default(&self) -> T {
        match self.items.first() {
            Some(x) => x.clone(),
            None => 0,
        }
    }
}

fn main() {
    let mut b: Bag<i32> = Bag::new();
    println!("{}", b.first_or_default());
    b.items.push(7);
    println!("{}", b.first_or_default());
}
