// Shared tails with Rc: two lists share the same tail
use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn to_vec(list: &List) -> Vec<i32> {
    match list {
        Cons(v, rest) => {
            let mut out = vec![*v];
            out.extend(to_vec(rest));
            out
        }
        Nil => vec![],
    }
}

fn main() {
    let tail = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating tail = {}", Rc::strong_count(&tail));
    let b = Cons(3, Rc::clone(&tail));
    {
        let c = Cons(4, Rc::clone(&tail));
        println!("count with b and c = {}", Rc::strong_count(&tail));
        println!("c = {:?}", to_vec(&c));
    }
    println!("b = {:?}", to_vec(&b));
    println!("count after c is gone = {}", Rc::strong_count(&tail));
}
