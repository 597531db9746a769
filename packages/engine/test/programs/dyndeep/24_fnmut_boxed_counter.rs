// Box<dyn FnMut> holds captured state that it mutates.
fn make_counter(start: u32) -> Box<dyn FnMut() -> u32> {
    let mut n = start;
    Box::new(move || {
        n += 1;
        n
    })
}

fn main() {
    let mut a = make_counter(0);
    let mut b = make_counter(100);
    println!("{} {} {}", a(), a(), a());
    println!("{} {}", b(), b());
    let mut all: Vec<Box<dyn FnMut() -> u32>> = vec![a, b];
    for f in all.iter_mut() {
        println!("next = {}", f());
    }
}
