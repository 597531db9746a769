// The classic cons list from the book
#[derive(Debug)]
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

fn len(list: &List) -> usize {
    match list {
        Cons(_, rest) => 1 + len(rest),
        Nil => 0,
    }
}

fn from_slice(items: &[i32]) -> List {
    match items.split_first() {
        Some((first, rest)) => Cons(*first, Box::new(from_slice(rest))),
        None => Nil,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum = {}, len = {}", sum(&list), len(&list));
    let other = from_slice(&[10, 20, 30, 40]);
    println!("{:?} sum = {}", other, sum(&other));
}
