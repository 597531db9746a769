fn shout(text: &str) -> &str {
    let upper = text.to_uppercase();
    &upper
}

fn main() {
    let s = shout("hello");
    println!("{}", s);
}
