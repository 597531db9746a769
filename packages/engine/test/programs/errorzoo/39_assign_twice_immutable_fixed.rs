// Quiz answer: declare the running maximum as mutable.
fn main() {
    let readings = [3, 8, 1, 9, 4];
    let mut max = readings[0];
    for r in readings {
        if r > max {
            max = r;
        }
    }
    println!("max = {}", max);
}
