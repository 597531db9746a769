use std::cell::{Ref, RefCell};

// Student mistake: the RefCell is a local of this function
fn first_word() -> Ref<'static, String> {
    let words = RefCell::new(String::from("hello world"));
    words.borrow()
}

fn main() {
    let w = first_word();
    println!("{}", w);
}
