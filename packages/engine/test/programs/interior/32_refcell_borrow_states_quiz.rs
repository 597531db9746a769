use std::cell::RefCell;

fn state(label: &str, c: &RefCell<Vec<u8>>) {
    let can_read = c.try_borrow().is_ok();
    let can_write = c.try_borrow_mut().is_ok();
    println!("{:<22} read={:<5} write={}", label, can_read, can_write);
}

fn main() {
    let bytes = RefCell::new(vec![1u8, 2, 3]);
    state("nothing borrowed", &bytes);

    let r1 = bytes.borrow();
    state("one reader", &bytes);
    {
        let _r2 = bytes.borrow();
        state("two readers", &bytes);
    }
    drop(r1);
    state("readers gone", &bytes);

    {
        let mut w = bytes.borrow_mut();
        w.push(4);
        state("one writer", &bytes);
    }
    state("writer gone", &bytes);

    // A temporary guard lives only until the end of the statement.
    let len = bytes.borrow().len();
    state("after temporary", &bytes);
    println!("len = {}", len);
}
