// The classic cons list from the Rust Book, with a few functions over it.
use List::{Cons, Nil};

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn from_slice(xs: &[i32]) -> List {
    match xs {
        [] => Nil,
        [first, rest @ ..] => Cons(*first, Box::new(from_slice(rest))),
    }
}

fn len(list: &List) -> usize {
    match list {
        Nil => 0,
        Cons(_, tail) => 1 + len(tail),
    }
}

fn sum(list: &List) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let Cons(v, next) = cur {
        total += v;
        cur = next;
    }
    total
}

fn to_string(list: &List) -> String {
    match list {
        Nil => String::from("Nil"),
        Cons(v, tail) => format!("{} -> {}", v, to_string(tail)),
    }
}

fn reverse(list: List) -> List {
    let mut acc = Nil;
    let mut cur = list;
    while let Cons(v, tail) = cur {
        acc = Cons(v, Box::new(acc));
        cur = *tail;
    }
    acc
}

fn main() {
    let list = from_slice(&[1, 2, 3, 4]);
    println!("{}", to_string(&list));
    println!("len = {}, sum = {}", len(&list), sum(&list));
    let rev = reverse(list);
    println!("reversed: {}", to_string(&rev));
    if let Cons(head, _) = &rev {
        println!("new head = {}", head);
    }
}
