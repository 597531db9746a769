// Find the length of the longest item in a list.
fn longest_len<T>(items: &[T]) -> usize {
    let mut best = 0;
    for item in items {
        if item.len() > best {
            best = item.len();
        }
    }
    best
}

fn main() {
    let words = vec!["hi", "hello", "hey"];
    println!("longest word has {} letters", longest_len(&words));
}
