// The explicit methods avoid overflow panics.
fn main() {
    let a: u8 = 200;
    let b: u8 = 100;
    println!("wrapping_add = {}", a.wrapping_add(b));
    println!("checked_add = {:?}", a.checked_add(b));
    println!("saturating_add = {}", a.saturating_add(b));
    let (value, overflowed) = a.overflowing_add(b);
    println!("overflowing_add = ({}, {})", value, overflowed);
    println!("checked_sub = {:?}", b.checked_sub(a));
    println!("checked_div = {:?}", a.checked_div(0));
    println!("i32::MIN.checked_div(-1) = {:?}", i32::MIN.checked_div(-1));
    println!("i32::MIN.wrapping_neg() = {}", i32::MIN.wrapping_neg());
    // Now the plain operator, which panics in debug.
    let total = a + b;
    println!("total = {}", total);
}
