// Quiz: dereferencing a value that is not a reference.
fn total_length(words: &[String]) -> usize {
    let mut total = 0;
    for w in words {
        let n = w.len();
        // `n` is already a usize.
        total += *n;
    }
    total
}

fn main() {
    let words = vec![String::from("one"), String::from("three")];
    println!("{}", total_length(&words));
}
