// Rc<RefCell<T>>: several owners that can all mutate the shared value.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(Rc<RefCell<i32>>, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let value = Rc::new(RefCell::new(5));

    let a = Rc::new(Cons(Rc::clone(&value), Rc::new(Nil)));
    let b = Cons(Rc::new(RefCell::new(3)), Rc::clone(&a));
    let c = Cons(Rc::new(RefCell::new(4)), Rc::clone(&a));

    *value.borrow_mut() += 10;

    println!("a after = {:?}", a);
    println!("b after = {:?}", b);
    println!("c after = {:?}", c);

    let team: Rc<RefCell<Vec<&str>>> = Rc::new(RefCell::new(vec!["Ana"]));
    let alias = Rc::clone(&team);
    alias.borrow_mut().push("Bo");
    team.borrow_mut().push("Cy");
    println!("team = {:?}, owners = {}", team.borrow(), Rc::strong_count(&team));
}
