// Collecting the words of a buffer, then reusing the buffer.
fn main() {
    let mut buffer = String::from("one two three");
    let words: Vec<&str> = buffer.split_whitespace().collect();

    buffer.clear();
    println!("first batch: {:?}", words);
    println!("buffer length now: {}", buffer.len());
}
