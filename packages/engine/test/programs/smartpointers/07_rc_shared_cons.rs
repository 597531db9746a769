use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn to_vec(list: &List) -> Vec<i32> {
    let mut v = Vec::new();
    let mut cur = list;
    while let Cons(x, next) = cur {
        v.push(*x);
        cur = next;
    }
    v
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
    println!("a = {:?}", to_vec(&a));
    println!("b = {:?}", to_vec(&b));
}
