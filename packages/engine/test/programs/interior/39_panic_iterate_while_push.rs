use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let tasks = Rc::new(RefCell::new(vec![String::from("wash"), String::from("dry")]));
    let alias = Rc::clone(&tasks);

    // Iterating holds a shared borrow for the whole loop.
    for t in tasks.borrow().iter() {
        println!("task: {}", t);
        if t == "dry" {
            alias.borrow_mut().push(String::from("fold"));
        }
    }
    println!("tasks: {:?}", tasks.borrow());
}
