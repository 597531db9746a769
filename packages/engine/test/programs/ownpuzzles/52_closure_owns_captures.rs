// Puzzle: a move closure owns what it captured. When is the captured value dropped?
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let token = Noisy("token");
    let show = move || println!("using {}", token.0);
    println!("closure built");
    show();
    show();
    drop(show);
    println!("after dropping the closure");

    let ticket = Noisy("ticket");
    let spend = move || {
        let t = ticket;
        println!("spending {}", t.0);
    };
    println!("before spend");
    spend();
    println!("end of main");
}
