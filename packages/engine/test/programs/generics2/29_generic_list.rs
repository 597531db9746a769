// A recursive generic list, Box needed for the recursion.
#[derive(Debug)]
enum List<T> {
    Cons(T, Box<List<T>>),
    Nil,
}

use List::{Cons, Nil};

impl<T: std::fmt::Display> List<T> {
    fn len(&self) -> usize {
        match self {
            Cons(_, rest) => 1 + rest.len(),
            Nil => 0,
        }
    }

    fn render(&self) -> String {
        match self {
            Cons(v, rest) => format!("{} -> {}", v, rest.render()),
            Nil => String::from("Nil"),
        }
    }
}

fn main() {
    let nums = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{} (len {})", nums.render(), nums.len());

    let words = Cons("hi", Box::new(Cons("there", Box::new(Nil))));
    println!("{} (len {})", words.render(), words.len());

    let empty: List<f32> = Nil;
    println!("{:?} (len {})", empty, empty.len());
}
