// Fix for the dangling return: hand back an owned String instead.
fn no_dangle() -> String {
    let s = String::from("hello");
    s
}

fn longest_line_upper(text: &str) -> String {
    text.lines()
        .max_by_key(|l| l.len())
        .unwrap_or("")
        .to_uppercase()
}

fn main() {
    let owned = no_dangle();
    println!("{}", owned);
    let poem = String::from("roses are red\nviolets are blue");
    println!("{}", longest_line_upper(&poem));
}
