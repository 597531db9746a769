use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);

    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers: {} {}", r1.len(), r2.len());
        println!("try_borrow_mut while reading: {}", cell.try_borrow_mut().is_ok());
    }

    println!("try_borrow_mut after readers: {}", cell.try_borrow_mut().is_ok());

    {
        let mut w = cell.borrow_mut();
        w.push(4);
        println!("try_borrow while writing: {}", cell.try_borrow().is_ok());
    }

    println!("final: {:?}", cell.borrow());
}
