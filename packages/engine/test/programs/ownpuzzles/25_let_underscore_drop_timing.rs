// Puzzle: `let _ = ...` versus `let _name = ...`.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _ = Guard("a");
    let _b = Guard("b");
    let _ = Guard("c");
    println!("body");

    let kept = Guard("kept");
    // `_` is not a binding: nothing is moved out of `kept`.
    let _ = kept;
    println!("kept is still {}", kept.0);

    println!("end of main");
}
