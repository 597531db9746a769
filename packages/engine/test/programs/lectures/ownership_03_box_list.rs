// A cons list needs Box because a recursive type must have a known size.
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

fn length(list: &List) -> usize {
    match list {
        Cons(_, rest) => 1 + length(rest),
        Nil => 0,
    }
}

fn prepend(list: List, value: i32) -> List {
    Cons(value, Box::new(list))
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum = {}, length = {}", sum(&list), length(&list));

    let list = prepend(list, 0);
    println!("after prepend: sum = {}, length = {}", sum(&list), length(&list));

    let b = Box::new(41);
    let c = *b + 1;
    println!("box value {} plus one is {}", b, c);
}
