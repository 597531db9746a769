// Shadowing does not drop the old value: it just becomes unnamed.
struct Token(u8);

impl Drop for Token {
    fn drop(&mut self) {
        println!("Token({}) dropped", self.0);
    }
}

fn main() {
    let t = Token(1);
    println!("first t = {}", t.0);
    let t = Token(2);
    println!("second t = {}", t.0);
    let t = Token(t.0 + 1);
    println!("third t = {}", t.0);
    println!("leaving main");
}
