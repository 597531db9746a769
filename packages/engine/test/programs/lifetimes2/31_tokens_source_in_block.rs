// Tokens are pushed into a Vec that outlives the source line.
fn main() {
    let mut words: Vec<&str> = Vec::new();
    {
        let line = String::from("the quick brown fox");
        for w in line.split(' ') {
            words.push(w);
        }
    }
    println!("{} words", words.len());
}
