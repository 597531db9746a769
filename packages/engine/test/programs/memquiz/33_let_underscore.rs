// Classic quiz: `let _ = ...` versus `let _name = ...`
struct Lock(&'static str);

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.0);
    }
}

fn main() {
    let _ = Lock("A");
    println!("after A");
    let _b = Lock("B");
    println!("after B");
    let _ = Lock("C");
    println!("after C");
}
