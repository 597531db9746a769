use std::cmp::Ordering;

// cmp returns an Ordering that we can match on.
fn guess_feedback(guess: u32, secret: u32) -> &'static str {
    match guess.cmp(&secret) {
        Ordering::Less => "too small",
        Ordering::Greater => "too big",
        Ordering::Equal => "you win!",
    }
}

fn main() {
    let secret = 42;
    for g in [10, 60, 42] {
        println!("{} -> {}", g, guess_feedback(g, secret));
    }
    let o = 3.cmp(&3);
    println!("{:?} {:?}", o, o.reverse());
    println!("{}", Ordering::Less < Ordering::Greater);
}
