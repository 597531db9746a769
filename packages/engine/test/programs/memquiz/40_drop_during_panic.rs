struct Cleanup(&'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup: {}", self.0);
    }
}

fn risky(n: i32) -> i32 {
    let _guard = Cleanup("risky guard");
    if n > 2 {
        panic!("n too large: {}", n);
    }
    n * 2
}

fn main() {
    let _outer = Cleanup("main guard");
    for i in 1..5 {
        println!("risky({}) = {}", i, risky(i));
    }
    println!("unreachable");
}
