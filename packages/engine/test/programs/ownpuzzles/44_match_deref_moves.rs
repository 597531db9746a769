// Puzzle: matching on `*maybe` instead of `maybe`.
fn first_len(maybe: &Option<String>) -> usize {
    match *maybe {
        Some(s) => s.len(),
        None => 0,
    }
}

fn main() {
    let title = Some(String::from("Borrowing"));
    println!("{}", first_len(&title));
    println!("{:?}", title);
}
