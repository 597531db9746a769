#[derive(Debug, Clone, PartialEq)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn from_vec(v: &[i32]) -> List {
        match v.split_first() {
            None => Nil,
            Some((first, rest)) => Cons(*first, Box::new(List::from_vec(rest))),
        }
    }

    fn map(&self, f: fn(i32) -> i32) -> List {
        match self {
            Nil => Nil,
            Cons(x, rest) => Cons(f(*x), Box::new(rest.map(f))),
        }
    }

    fn filter_even(&self) -> List {
        match self {
            Nil => Nil,
            Cons(x, rest) if x % 2 == 0 => Cons(*x, Box::new(rest.filter_even())),
            Cons(_, rest) => rest.filter_even(),
        }
    }

    fn stringify(&self) -> String {
        match self {
            Nil => String::from("Nil"),
            Cons(x, rest) => format!("{} :: {}", x, rest.stringify()),
        }
    }
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let list = List::from_vec(&[1, 2, 3, 4, 5]);
    println!("{}", list.stringify());
    let squares = list.map(square);
    println!("{}", squares.stringify());
    println!("{}", squares.filter_even().stringify());
    let copy = list.clone();
    println!("clone equal: {}", copy == list);
    println!("{:?}", List::from_vec(&[9]));
}
