// Two lists share the same tail through Rc.
use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn to_vec(list: &List) -> Vec<i32> {
    let mut out = Vec::new();
    let mut current = list;
    while let Cons(v, next) = current {
        out.push(*v);
        current = next;
    }
    out
}

fn main() {
    let a = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Cons(3, Rc::clone(&a));
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let c = Cons(4, Rc::clone(&a));
        println!("count after creating c = {}", Rc::strong_count(&a));
        println!("c = {:?}", to_vec(&c));
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    println!("a = {:?}, b = {:?}", to_vec(&a), to_vec(&b));
}
