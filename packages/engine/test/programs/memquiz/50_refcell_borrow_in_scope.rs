use std::cell::RefCell;

#[derive(Debug)]
struct Inventory {
    apples: u32,
    pears: u32,
}

fn main() {
    let inv = RefCell::new(Inventory { apples: 5, pears: 2 });

    let status = |label: &str| {
        println!(
            "{}: can read = {}, can write = {}",
            label,
            inv.try_borrow().is_ok(),
            inv.try_borrow_mut().is_ok()
        );
    };

    status("idle");
    {
        let r = inv.borrow();
        status("one reader");
        println!("apples = {}", r.apples);
    }
    {
        let mut w = inv.borrow_mut();
        w.pears += 3;
        status("writer");
    }
    status("idle again");
    println!("{:?}", inv.borrow());
}
