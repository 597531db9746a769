fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    || {
        count += 1;
        count
    }
}

fn main() {
    let mut c = make_counter();
    println!("{} {}", c(), c());
}
