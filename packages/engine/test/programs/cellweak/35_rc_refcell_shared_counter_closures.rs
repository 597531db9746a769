use std::cell::RefCell;
use std::rc::Rc;

fn make_adder(total: Rc<RefCell<i32>>, step: i32) -> impl Fn() {
    move || {
        *total.borrow_mut() += step;
    }
}

fn main() {
    let total = Rc::new(RefCell::new(0));

    let add_one = make_adder(Rc::clone(&total), 1);
    let add_ten = make_adder(Rc::clone(&total), 10);
    println!("strong after making closures = {}", Rc::strong_count(&total));

    add_one();
    add_ten();
    add_ten();
    println!("total = {}", total.borrow());

    drop(add_one);
    println!("strong after dropping one = {}", Rc::strong_count(&total));
}
