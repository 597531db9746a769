// Indexing past the end of a Vec panics at run time.
fn main() {
    let scores = vec![90, 85, 77];
    println!("we have {} scores", scores.len());
    for i in 0..scores.len() {
        println!("score {} = {}", i, scores[i]);
    }
    // Off-by-one: valid indices are 0, 1 and 2.
    let idx = scores.len();
    println!("about to read index {}", idx);
    let last = scores[idx];
    println!("never printed: {}", last);
}
