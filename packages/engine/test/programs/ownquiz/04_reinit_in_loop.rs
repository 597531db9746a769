// Looks like `current` is used after being moved... does it compile?
fn main() {
    let words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"];
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();

    for w in words {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
        if current.len() >= 10 {
            lines.push(current);
            current = String::new();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }

    for (i, line) in lines.iter().enumerate() {
        println!("{}: {}", i + 1, line);
    }
}
