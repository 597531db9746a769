fn main() {
    let a: u8 = 250;
    let b: u8 = 10;

    println!("wrapping_add:   {}", a.wrapping_add(b));
    println!("checked_add:    {:?}", a.checked_add(b));
    println!("checked_add 5:  {:?}", a.checked_add(5));
    println!("saturating_add: {}", a.saturating_add(b));
    println!("overflowing:    {:?}", a.overflowing_add(b));

    let small: u32 = 3;
    println!("saturating_sub: {}", small.saturating_sub(10));
    match small.checked_sub(10) {
        Some(v) => println!("3 - 10 = {}", v),
        None => println!("3 - 10 would underflow"),
    }

    let x: i32 = -17;
    println!("{} / 5 = {}, {} % 5 = {}", x, x / 5, x, x % 5);
    println!("rem_euclid: {}", x.rem_euclid(5));
    println!("abs: {}, pow: {}", x.abs(), 2i32.pow(10));
    println!("i32::MAX.checked_mul(2) = {:?}", i32::MAX.checked_mul(2));
}
