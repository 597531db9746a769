use std::mem;

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    println!("a = {}, b = {}", a, b);

    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);

    let mut x = 5;
    let mut y = 10;
    mem::swap(&mut x, &mut y);
    println!("x = {}, y = {}", x, y);

    // Fibonacci using swap
    let mut prev: u64 = 0;
    let mut curr: u64 = 1;
    for _ in 0..10 {
        prev += curr;
        mem::swap(&mut prev, &mut curr);
    }
    println!("fib(11) = {}", curr);
}
