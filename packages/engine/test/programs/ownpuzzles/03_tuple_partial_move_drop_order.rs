// Puzzle: half of a tuple moves into an inner block. When is each half dropped?
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let pair = (Noisy("left"), Noisy("right"));
    {
        let taken = pair.0;
        println!("took {}", taken.0);
    }
    // Only the right half is still owned by `pair`.
    println!("still have {}", pair.1.0);
    println!("end of main");
}
