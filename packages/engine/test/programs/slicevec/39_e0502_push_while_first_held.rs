// Holding a reference into a Vec while pushing to it.
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &scores[0];

    // push may reallocate, which would leave `first` dangling.
    scores.push(40);

    println!("first score was {}", first);
    println!("all: {:?}", scores);
}
