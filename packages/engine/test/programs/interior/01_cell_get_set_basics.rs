use std::cell::Cell;

// Cell<T> lets us change a Copy value even through a shared reference.
fn bump(counter: &Cell<i32>, by: i32) {
    counter.set(counter.get() + by);
}

fn main() {
    let score = Cell::new(10);
    println!("start: {}", score.get());

    bump(&score, 5);
    bump(&score, -3);
    println!("after bumps: {}", score.get());

    // Two shared references to the same cell are fine.
    let a = &score;
    let b = &score;
    a.set(100);
    println!("a sees {}, b sees {}", a.get(), b.get());

    let final_value = score.into_inner();
    println!("final: {}", final_value);
}
