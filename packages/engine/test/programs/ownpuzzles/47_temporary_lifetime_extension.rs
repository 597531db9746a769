// Puzzle: which temporary lives to the end of main, and which dies at the semicolon?
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    // Borrowing a temporary directly in a `let` extends its life.
    let extended = &Noisy("extended");

    // Here the temporary is only used to compute a length.
    let len = Noisy("short").0.len();
    println!("len = {}", len);

    let also = &(Noisy("tuple-a"), Noisy("tuple-b")).1;
    println!("using {} and {}", extended.0, also.0);
    println!("end of main");
}
