fn main() {
    let a = 0.1_f64 + 0.2_f64;
    let b = 0.1_f32 + 0.2_f32;
    println!("f64: {}", a);
    println!("f32: {}", b);
    println!("f64 == 0.3? {}", a == 0.3);
    println!("f32 == 0.3? {}", b == 0.3);
    println!("rounded: {:.2}", a);
    println!("{:?} {:?}", a, b);
    println!("{}", 0.1_f32 as f64);
    println!("{}", 1.0_f64 / 3.0);
    println!("{}", 1.0_f32 / 3.0);
    println!("{}", 2.0_f64.sqrt());
    println!("{}", 2.0_f32.sqrt());
    let mut total = 0.0;
    for _ in 0..10 {
        total += 0.1;
    }
    println!("ten tenths = {}", total);
}
