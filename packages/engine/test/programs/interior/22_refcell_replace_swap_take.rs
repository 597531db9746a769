use std::cell::RefCell;

fn main() {
    let current = RefCell::new(String::from("draft"));
    let archive = RefCell::new(String::from("v1"));

    let previous = current.replace(String::from("review"));
    println!("previous: {}, current: {}", previous, current.borrow());

    current.swap(&archive);
    println!("after swap: current={} archive={}", current.borrow(), archive.borrow());

    let taken = archive.take();
    println!("taken: {:?}, archive now {:?}", taken, archive.borrow());

    let old_len = current.replace_with(|old| format!("{}-final", old)).len();
    println!("old length {}, current {}", old_len, current.borrow());

    let inner: String = current.into_inner();
    println!("into_inner: {}", inner);
}
