use std::mem::size_of;

// Without the Box this type would have infinite size
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("sum = {}", sum(&list));
    // The Box niche lets Nil be stored as a null pointer
    println!("size_of::<List>() = {}", size_of::<List>());
    println!("size_of::<Box<List>>() = {}", size_of::<Box<List>>());
}
