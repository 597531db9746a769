// Puzzle: which closure can be called once, which can be called twice?
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run_once<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn run_twice<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn main() {
    let a = Noisy("apple");
    let b = Noisy("banana");

    // Only reads `a`, so it is `Fn`.
    let peek = || a.0.len();
    println!("twice: {}", run_twice(peek));

    // Moves `b` out of its environment, so it is only `FnOnce`.
    let eat = move || {
        let fruit = b;
        fruit.0.len()
    };
    println!("once: {}", run_once(eat));

    println!("end of main, {} still here", a.0);
}
