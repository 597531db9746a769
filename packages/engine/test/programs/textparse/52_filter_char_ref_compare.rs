// Counting how many times a letter appears in a word.
fn main() {
    let word = String::from("bookkeeper");
    let target = "e";
    let count = word.chars().filter(|&c| c == target).count();
    println!("'{}' appears {} times in {}", target, count, word);
}
