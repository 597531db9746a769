use std::cell::Cell;
use std::rc::Rc;

// Returns two closures that share one counter.
fn make_counter(start: i32) -> (impl Fn() -> i32, impl Fn() -> i32) {
    let count = Rc::new(Cell::new(start));
    let up_count = Rc::clone(&count);
    let up = move || {
        up_count.set(up_count.get() + 1);
        up_count.get()
    };
    let down = move || {
        count.set(count.get() - 1);
        count.get()
    };
    (up, down)
}

fn main() {
    let (inc, dec) = make_counter(10);
    println!("inc -> {}", inc());
    println!("inc -> {}", inc());
    println!("dec -> {}", dec());

    let (inc2, _dec2) = make_counter(0);
    println!("second counter: {}", inc2());
    println!("first counter still: {}", inc());

    let actions: Vec<&dyn Fn() -> i32> = vec![&inc, &inc, &dec, &inc];
    let results: Vec<i32> = actions.iter().map(|f| f()).collect();
    println!("results: {:?}", results);
}
