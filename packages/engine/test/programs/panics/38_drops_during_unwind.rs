// Values on the stack are dropped while the panic unwinds.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn inner(n: u32) -> u32 {
    let _tmp = Noisy("inner temp");
    if n > 2 {
        panic!("n too large: {}", n);
    }
    n * 10
}

fn outer(n: u32) -> u32 {
    let _guard = Noisy("outer guard");
    inner(n) + 1
}

fn main() {
    let _a = Noisy("main a");
    println!("outer(1) = {}", outer(1));
    let _b = Noisy("main b");
    println!("outer(5) = {}", outer(5));
    println!("not reached");
}
