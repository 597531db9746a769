// char_indices gives the byte offset where each char starts.
fn main() {
    let s = "añb€c";
    for (i, c) in s.char_indices() {
        println!("byte {:>2}: {:?} ({} bytes)", i, c, c.len_utf8());
    }

    // Use the offsets to slice safely.
    let text = "día de campo";
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            println!("word: {}", &text[start..i]);
            start = i + 1;
        }
    }
    println!("word: {}", &text[start..]);

    // Byte offset of the third char
    let third = "Привет".char_indices().nth(2).map(|(i, _)| i);
    println!("third char starts at {:?}", third);
}
