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

fn to_vec(list: &List) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = list;
    while let Cons(v, next) = cur {
        out.push(*v);
        cur = next;
    }
    out
}

fn push_front(list: List, v: i32) -> List {
    Cons(v, Box::new(list))
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("sum = {}", sum(&list));
    let list = push_front(list, 0);
    println!("items = {:?}", to_vec(&list));

    let boxed: Box<List> = Box::new(Cons(42, Box::new(Nil)));
    match *boxed {
        Cons(head, tail) => println!("head {} then {:?}", head, tail),
        Nil => println!("empty"),
    }
}
