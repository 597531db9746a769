// Never compare floats with == after arithmetic.

fn approx_eq(a: f64, b: f64) -> bool {
    (a - b).abs() < f64::EPSILON
}

fn close_enough(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

fn main() {
    let sum = 0.1 + 0.2;
    println!("0.1 + 0.2 == 0.3 ? {}", sum == 0.3);
    println!("approx_eq(0.1 + 0.2, 0.3) ? {}", approx_eq(sum, 0.3));
    println!("EPSILON = {:e}", f64::EPSILON);

    let mut total = 0.0;
    for _ in 0..10 {
        total += 0.1;
    }
    println!("ten times 0.1 = {}", total);
    println!("== 1.0 ? {}", total == 1.0);
    println!("close_enough ? {}", close_enough(total, 1.0, 1e-9));

    let third = 1.0_f64 / 3.0;
    println!("third * 3.0 == 1.0 ? {}", third * 3.0 == 1.0);
    println!("f32 epsilon: {:e}", f32::EPSILON);
    println!("f64 MAX: {:e}", f64::MAX);
    println!("f64 MIN_POSITIVE: {:e}", f64::MIN_POSITIVE);
}
