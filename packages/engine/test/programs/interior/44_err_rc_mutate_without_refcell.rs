use std::rc::Rc;

fn main() {
    let balance = Rc::new(100);
    let shared = Rc::clone(&balance);

    // Mistake: Rc only gives shared access to its contents.
    *shared += 50;

    println!("balance: {}", balance);
    println!("handles: {}", Rc::strong_count(&balance));
}
