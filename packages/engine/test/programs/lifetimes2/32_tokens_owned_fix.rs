// Fix: store owned Strings when the source cannot stay alive.
fn main() {
    let mut words: Vec<String> = Vec::new();
    {
        let line = String::from("the quick brown fox");
        for w in line.split(' ') {
            words.push(w.to_string());
        }
    }
    words.sort();
    println!("{} words: {:?}", words.len(), words);
}
