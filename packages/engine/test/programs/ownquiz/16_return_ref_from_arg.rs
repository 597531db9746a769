fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() {
        x
    } else {
        y
    }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let a = String::from("borrow checker");
    let b = String::from("lifetimes");
    let winner = longest(&a, &b);
    println!("longest: {}", winner);
    println!("first word: {}", first_word(winner));
}
