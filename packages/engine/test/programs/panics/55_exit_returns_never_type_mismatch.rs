// Mistake: a helper that should never return is declared to return i32 but ends with println!.
fn fail(msg: &str) -> i32 {
    println!("fatal: {}", msg);
}

fn main() {
    let x = 5;
    let y = if x > 3 { x * 2 } else { fail("x too small") };
    println!("y = {}", y);
}
