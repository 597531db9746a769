// Mistake: sort works in place and returns (), not the sorted vector.
fn main() {
    let mut words = vec!["delta", "alpha", "charlie", "bravo"];
    let sorted: Vec<&str> = words.sort();
    println!("{:?}", sorted);
}
