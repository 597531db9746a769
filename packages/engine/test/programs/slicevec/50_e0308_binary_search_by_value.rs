// binary_search takes a reference to the value being searched.
fn main() {
    let sorted_ids = vec![3, 8, 13, 21, 34];
    let wanted = 21;

    match sorted_ids.binary_search(wanted) {
        Ok(i) => println!("found {} at {}", wanted, i),
        Err(i) => println!("{} would go at {}", wanted, i),
    }
}
