// Quiz: a cast that is not allowed between primitives.
fn main() {
    let flags = [true, false, true, true];
    let mut ratio_sum = 0.0;
    for f in flags {
        ratio_sum += f as f64;
    }
    println!("ratio = {}", ratio_sum / flags.len() as f64);
}
