// kind: memory
// title: What is left after a call takes a String
// tags: move, copy
// difficulty: 1
// ask: valid
// at: line 9
// ---
fn shout(text: String) -> String {
    format!("{}!", text)
}

fn main() {
    let word = String::from("hey");
    let count = 3;
    let loud = shout(word);
    let copy = count;
    println!("{} {} {}", loud, count, copy);
}
