use std::cell::RefCell;

fn main() {
    let stack = RefCell::new(vec![1, 2, 3]);

    // The Ref from borrow() lives until the end of the statement,
    // so borrow_mut() in the same expression panics at runtime.
    let top = *stack.borrow().last().unwrap();
    stack.borrow_mut().push(top + 1);
    println!("stack = {:?}", stack.borrow());

    let len_plus = stack.borrow().len() + { stack.borrow_mut().push(0); 1 };
    println!("len_plus = {}", len_plus);
}
