// T: 'static is satisfied by owned values and by literals.
use std::fmt::Debug;

fn keep_forever<T: Debug + 'static>(value: T) -> Box<dyn Debug> {
    Box::new(value)
}

fn main() {
    let mut store: Vec<Box<dyn Debug>> = Vec::new();
    store.push(keep_forever(5));
    store.push(keep_forever("literal"));
    let local = String::from("owned");
    store.push(keep_forever(local.clone()));
    store.push(keep_forever(vec![1, 2, 3]));
    for item in &store {
        println!("{:?}", item);
    }
    println!("local still usable: {}", local);
}
