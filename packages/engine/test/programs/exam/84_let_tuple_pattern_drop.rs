struct Cup(&'static str);

impl Drop for Cup {
    fn drop(&mut self) {
        println!("wash {}", self.0);
    }
}

fn pour() -> (Cup, Cup, Cup) {
    (Cup("red"), Cup("green"), Cup("blue"))
}

fn main() {
    let (a, _, c) = pour();
    println!("using {} and {}", a.0, c.0);
    let (x, _y) = (Cup("mug"), Cup("glass"));
    println!("drinking from {}", x.0);
}
