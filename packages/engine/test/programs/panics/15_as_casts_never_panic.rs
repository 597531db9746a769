// `as` casts never panic: they truncate, wrap or saturate.
fn main() {
    let big: i32 = 300;
    let small = big as u8;
    println!("300 as u8 = {}", small);

    let neg: i32 = -1;
    println!("-1 as u32 = {}", neg as u32);
    println!("-1 as u8 = {}", neg as u8);

    let f: f64 = 1e10;
    println!("1e10 as i32 = {}", f as i32);
    let g: f64 = -5.7;
    println!("-5.7 as u8 = {}", g as u8);
    println!("-5.7 as i32 = {}", g as i32);

    let c = 'A' as u8 + 2;
    println!("'A' + 2 = {}", c as char);

    let wide: u64 = u64::MAX;
    println!("u64::MAX as i64 = {}", wide as i64);
    println!("done without panicking");
}
