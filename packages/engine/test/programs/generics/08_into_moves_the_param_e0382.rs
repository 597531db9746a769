fn greet<S: Into<String> + Clone>(s: S) -> String { let o: String = s.into(); let p: String = s.into(); o + &p }
fn main() { println!("{}", greet("a")); }
