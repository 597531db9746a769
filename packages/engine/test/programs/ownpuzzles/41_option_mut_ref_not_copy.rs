// Puzzle: an Option holding a mutable reference, used twice.
fn main() {
    let mut value = 10;
    let handle: Option<&mut i32> = Some(&mut value);

    if let Some(v) = handle {
        *v += 1;
    }
    if let Some(v) = handle {
        *v += 1;
    }

    println!("value = {}", value);
}
