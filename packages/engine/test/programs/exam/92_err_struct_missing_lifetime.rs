struct Token {
    text: &str,
    line: usize,
}

fn main() {
    let src = String::from("let x = 5;");
    let t = Token { text: &src[0..3], line: 1 };
    println!("{} at {}", t.text, t.line);
}
