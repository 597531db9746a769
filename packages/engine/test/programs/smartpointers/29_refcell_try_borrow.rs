use std::cell::RefCell;

fn report(cell: &RefCell<i32>) {
    match cell.try_borrow_mut() {
        Ok(mut v) => {
            *v += 1;
            println!("got mutable access, value now {}", *v);
        }
        Err(_) => println!("busy: someone else holds a borrow"),
    }
}

fn main() {
    let level = RefCell::new(10);

    report(&level);

    {
        let reader = level.borrow();
        println!("reader sees {}", *reader);
        report(&level);
        let second_reader = level.try_borrow();
        println!("second reader ok? {}", second_reader.is_ok());
    }

    report(&level);

    let writer = level.borrow_mut();
    println!("try_borrow while writing ok? {}", level.try_borrow().is_ok());
    drop(writer);
    println!("final value {}", level.borrow());
}
