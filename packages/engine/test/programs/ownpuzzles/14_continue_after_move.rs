// Puzzle: split words into groups; a word starting with 'b' closes the group.
fn main() {
    let words = ["alpha", "beta", "gamma", "delta"];
    let mut current = String::new();
    let mut finished: Vec<String> = Vec::new();

    for w in words {
        if w.starts_with('b') {
            finished.push(current);
            continue;
        }
        current.push_str(w);
    }

    println!("{:?} / {}", finished, current);
}
