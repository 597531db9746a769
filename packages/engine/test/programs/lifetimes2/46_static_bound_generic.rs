// T: 'static rejects types that borrow local data.
use std::fmt::Debug;

fn keep_forever<T: Debug + 'static>(value: T) -> Box<dyn Debug> {
    Box::new(value)
}

fn main() {
    let a = keep_forever(5);
    let b = keep_forever("a literal is fine");
    println!("{:?} {:?}", a, b);
    let local = String::from("local");
    let c = keep_forever(&local);
    println!("{:?}", c);
}
