use std::cell::Cell;

fn main() {
    let level = Cell::new(3);
    println!("get: {}", level.get());

    level.set(4);
    println!("after set: {}", level.get());

    let old = level.replace(10);
    println!("replace returned {}, now {}", old, level.get());

    let taken = level.take(); // leaves Default::default() == 0
    println!("take returned {}, now {}", taken, level.get());

    let flag = Cell::new(false);
    let r1 = &flag;
    let r2 = &flag;
    r1.set(true);
    println!("seen through r2: {}", r2.get());

    let name: Cell<Option<&str>> = Cell::new(Some("Ada"));
    println!("{:?} then {:?}", name.take(), name.take());
}
