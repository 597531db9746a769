use std::cell::RefCell;

fn main() {
    let stack = RefCell::new(Vec::new());
    {
        // Mistake: the guard binding itself must be `mut` to push through it.
        let guard = stack.borrow_mut();
        guard.push("plate");
    }
    println!("stack: {:?}", stack.borrow());
}
