// Shadowing inside the loop does not change the outer variable.
fn main() {
    let mut total = 0;
    for n in 1..=5 {
        let total = total + n; // shadows! (a classic bug, but valid Rust)
        println!("inner total = {}", total);
    }
    println!("outer total is still {}", total);
    total += 1;
    println!("now {}", total);
}
