// A returned value is moved to the caller, not dropped in the callee.
struct Token {
    text: String,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token '{}'", self.text);
    }
}

fn build(prefix: &str) -> Token {
    let scratch = Token { text: format!("{}-scratch", prefix) };
    let result = Token { text: format!("{}-result", prefix) };
    println!("built {} (scratch {})", result.text, scratch.text);
    result
}

fn main() {
    let t = build("alpha");
    println!("main holds {}", t.text);
    build("beta");
    println!("end of main");
}
