// Add the second element into the first without split_at_mut.
fn main() {
    let mut readings = vec![10, 20, 30];

    let first = &mut readings[0];
    let second = &readings[1];
    *first += *second;

    println!("{:?}", readings);
}
