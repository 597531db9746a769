// A recursive cons list: Box gives the recursive case a known size.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(value, rest) => value + sum(rest),
        Nil => 0,
    }
}

fn describe(list: &List) -> String {
    match list {
        Cons(value, rest) => format!("{} -> {}", value, describe(rest)),
        Nil => String::from("Nil"),
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{}", describe(&list));
    println!("sum = {}", sum(&list));

    let boxed_number = Box::new(41);
    let answer = *boxed_number + 1;
    println!("a boxed i32 dereferenced: {}", answer);
}
