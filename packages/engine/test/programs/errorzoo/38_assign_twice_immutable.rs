// Quiz: a `let` binding without `mut` cannot be reassigned.
fn main() {
    let readings = [3, 8, 1, 9, 4];
    let max = readings[0];
    for r in readings {
        if r > max {
            max = r;
        }
    }
    println!("max = {}", max);
}
