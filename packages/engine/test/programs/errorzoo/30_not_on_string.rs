// Quiz: `!` is not defined for String.
fn main() {
    let words = vec![String::from("alpha"), String::new(), String::from("gamma")];
    let mut count = 0;
    for w in &words {
        // The programmer meant `!w.is_empty()`.
        if !w {
            count += 1;
        }
    }
    println!("non-empty: {}", count);
}
