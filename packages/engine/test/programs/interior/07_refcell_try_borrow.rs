use std::cell::RefCell;

fn describe(cell: &RefCell<i32>) {
    match cell.try_borrow_mut() {
        Ok(mut v) => {
            *v += 1;
            println!("got mutable access, value now {}", *v);
        }
        Err(_) => println!("busy: someone is already borrowing"),
    }
}

fn main() {
    let value = RefCell::new(41);
    describe(&value);

    let reader = value.borrow();
    describe(&value); // fails gracefully, reader still alive
    println!("reader sees {}", *reader);
    match value.try_borrow() {
        Ok(v) => println!("a second reader is fine: {}", *v),
        Err(_) => println!("cannot read"),
    }
    drop(reader);

    describe(&value);
    let writer = value.borrow_mut();
    println!("try_borrow while writing is_err = {}", value.try_borrow().is_err());
    drop(writer);
    println!("end: {}", value.borrow());
}
