// Sorting a vector of integers in place.
fn main() {
    let mut scores = vec![42, 7, 19, 88, 3, 56];
    println!("before: {:?}", scores);
    scores.sort();
    println!("after:  {:?}", scores);
    let mut words = vec!["pear", "apple", "fig", "banana"];
    words.sort();
    println!("words:  {:?}", words);
}
