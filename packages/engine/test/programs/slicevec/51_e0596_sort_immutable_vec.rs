// Sorting needs a mutable binding.
fn main() {
    let words = vec!["pear", "apple", "fig"];
    words.sort();
    println!("{:?}", words);
}
