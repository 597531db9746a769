// The fixed version: borrow instead of moving.
fn print_report(title: &str) {
    println!("=== {} ===", title);
}

fn word_count(text: &String) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let title = String::from("Quarterly Sales Report");
    print_report(&title);
    println!("Report '{}' printed", title);
    println!("It has {} words", word_count(&title));

    let copy = title.clone();
    let owned = take_ownership(copy);
    println!("got back: {}", owned);
}

fn take_ownership(s: String) -> String {
    let mut s = s;
    s.push_str(" (final)");
    s
}
