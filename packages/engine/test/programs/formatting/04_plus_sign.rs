// Temperature changes always show their sign.
fn main() {
    let changes: Vec<i32> = vec![3, -2, 0, 15, -7];
    for c in &changes {
        println!("change: {:+}", c);
    }
    let deltas = [0.5_f64, -0.25, 0.0, -0.0];
    for d in deltas {
        println!("delta: {:+.2}", d);
    }
    println!("{:+5}|{:<+5}|{:^+5}|", 9, 9, 9);
    println!("{:+}", i64::MAX);
}
