fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let mut a = make_counter();
    let mut b = make_counter();

    println!("a: {}", a());
    println!("a: {}", a());
    println!("a: {}", a());
    println!("b: {}", b());
    println!("a: {}", a());
    println!("b: {}", b());
}
