use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let history: Rc<RefCell<Vec<i32>>> = Rc::new(RefCell::new(Vec::new()));

    let h1 = Rc::clone(&history);
    let record = move |x: i32| h1.borrow_mut().push(x);

    let h2 = Rc::clone(&history);
    let total = move || h2.borrow().iter().sum::<i32>();

    record(4);
    record(8);
    println!("total so far: {}", total());
    record(15);
    println!("total so far: {}", total());

    println!("owners of history: {}", Rc::strong_count(&history));
    drop(record);
    println!("owners after dropping record: {}", Rc::strong_count(&history));
    println!("history: {:?}", history.borrow());
}
