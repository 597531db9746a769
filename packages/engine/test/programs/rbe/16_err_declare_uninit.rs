// Declare first: a binding that is only assigned on some paths cannot be read.
fn main() {
    let hours = 30;
    let bonus: u32;

    if hours > 40 {
        bonus = (hours - 40) * 15;
    } else if hours > 35 {
        bonus = 20;
    }

    println!("bonus earned: {}", bonus);
}
