// Remove every reading equal to the first one.
fn main() {
    let mut readings = vec![4, 7, 4, 2, 4, 9];
    readings.retain(|&r| r != readings[0]);
    println!("{:?}", readings);
}
