fn main() {
    let a: i32 = 300;
    let b = a as u8; // wraps: 300 - 256
    println!("{} as u8 = {}", a, b);

    let neg: i32 = -1;
    println!("{} as u32 = {}", neg, neg as u32);
    println!("{} as u8 = {}", neg, neg as u8);

    let pi = 3.99_f64;
    println!("{} as i32 = {}", pi, pi as i32);
    let neg_pi = -3.99_f64;
    println!("{} as i32 = {}", neg_pi, neg_pi as i32);

    let huge = 1e20_f64;
    println!("1e20 as i32 = {}", huge as i32);

    let letter = 97u8 as char;
    println!("97u8 as char = {}", letter);
    println!("'Z' as u32 = {}", 'Z' as u32);

    let count: usize = 7;
    let total: i64 = 45;
    let avg = total as f64 / count as f64;
    println!("average = {:.3}", avg);

    println!("true as i32 = {}", true as i32);
}
