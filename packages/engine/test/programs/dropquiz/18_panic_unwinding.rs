// During a panic, locals are still dropped while the stack unwinds.
struct Cleanup(&'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn risky(n: i32) -> i32 {
    let _c = Cleanup("risky");
    if n > 2 {
        panic!("n too large: {}", n);
    }
    n * 2
}

fn main() {
    let _outer = Cleanup("main");
    for i in 1..5 {
        let _step = Cleanup("step");
        println!("result {}", risky(i));
    }
    println!("unreachable");
}
