// char_indices gives byte offsets, which matter for non-ASCII text.
fn main() {
    let word = "naïve café";
    for (i, c) in word.char_indices() {
        println!("byte {:>2}: {:?} ({} bytes)", i, c, c.len_utf8());
    }
    println!("len in bytes = {}, in chars = {}", word.len(), word.chars().count());

    // Find where the second word starts using the byte offset.
    let space_at = word
        .char_indices()
        .find(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .unwrap();
    let second = &word[space_at + 1..];
    println!("second word: {}", second);
    println!("first word: {}", &word[..space_at]);
}
