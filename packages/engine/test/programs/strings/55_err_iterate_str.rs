fn count_upper(word: &str) -> usize {
    let mut n = 0;
    for c in word {
        if c.is_uppercase() {
            n += 1;
        }
    }
    n
}

fn main() {
    for w in ["HashMap", "snake_case", "HTTPServer"] {
        println!("{}: {}", w, count_upper(w));
    }
}
