// Find the byte position of every vowel, then use it to slice safely.
fn main() {
    let sentence = "Señor Ángel eats";

    for (i, c) in sentence.char_indices() {
        if "aeiouáéíóúAEIOUÁÉÍÓÚ".contains(c) {
            println!("vowel {:?} at byte {}", c, i);
        }
    }

    // the byte index of the 3rd character
    let third = sentence.char_indices().nth(2).map(|(i, _)| i).unwrap();
    println!("third char starts at byte {}", third);
    println!("after it: {}", &sentence[third..]);

    // take the first 7 characters without panicking
    let end = sentence
        .char_indices()
        .nth(7)
        .map(|(i, _)| i)
        .unwrap_or(sentence.len());
    println!("first 7 chars: {}", &sentence[..end]);
}
