// assert_eq! prints both sides with Debug.
fn word_count(s: &str) -> usize {
    s.split(' ').count()
}

fn main() {
    assert_eq!(word_count("one two three"), 3);
    println!("first check passed");
    // Two spaces make an empty word.
    assert_eq!(word_count("one  two"), 2);
    println!("second check passed");
}
