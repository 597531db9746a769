struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("token {} released", self.0);
    }
}

fn main() {
    let pair = (Token(1), Token(2));
    let arr = [Token(10), Token(11), Token(12)];
    println!("pair.0 = {}, arr[2] = {}", pair.0 .0, arr[2].0);
    println!("end of main");
}
