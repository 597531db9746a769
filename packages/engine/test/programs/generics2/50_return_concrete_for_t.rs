// The caller chooses T, so the body cannot just return an i32.
fn zero<T: Default>() -> T {
    0
}

fn main() {
    let a: i32 = zero();
    let b: f64 = zero();
    println!("{} {}", a, b);
}
