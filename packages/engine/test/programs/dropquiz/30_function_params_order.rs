// Quiz: parameters vs locals of a function — which are dropped first?
struct Arg(&'static str);

impl Drop for Arg {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn combine(first: Arg, second: Arg) -> usize {
    let local = Arg("local");
    println!("combine {} + {} (with {})", first.0, second.0, local.0);
    first.0.len() + second.0.len()
}

fn main() {
    let n = combine(Arg("p1"), Arg("p2"));
    println!("combined length {}", n);
}
