// Student mistake: generic function prints T with {} but forgot the Display bound (E0277)
use std::fmt::Debug;

struct Wrapper<T> {
    value: T,
}

impl<T: Debug> Wrapper<T> {
    fn debug(&self) -> String {
        format!("{:?}", self.value)
    }
}

fn show_all<T>(items: &[T]) {
    for item in items {
        println!("item: {}", item);
    }
}

fn main() {
    let w = Wrapper { value: vec![1, 2] };
    println!("{}", w.debug());
    show_all(&[1, 2, 3]);
    show_all(&["a", "b"]);
}
