// Quiz: the String moved into `archive`, so `note` is no longer valid.
fn archive(text: String) -> usize {
    println!("archiving: {text}");
    text.len()
}

fn main() {
    let note = String::from("buy more coffee");
    let size = archive(note);
    println!("archived {size} bytes");
    println!("original note: {note}");
}
