// Finding the longest line in a poem.
fn main() {
    let poem = "Roses are red\nViolets are blue\nRust is fast\nAnd memory safe too";
    let lines: Vec<String> = poem.lines().map(String::from).collect();

    let mut longest = String::new();
    for i in 0..lines.len() {
        if lines[i].len() > longest.len() {
            longest = lines[i];
        }
    }
    println!("longest line: {}", longest);
}
