// Calling expect on a None panics.
fn middle(values: &[i32]) -> Option<i32> {
    if values.is_empty() {
        None
    } else {
        Some(values[values.len() / 2])
    }
}

fn main() {
    let readings = vec![3, 8, 5, 1, 9];
    println!("middle reading: {}", middle(&readings).expect("no readings"));

    let empty: Vec<i32> = Vec::new();
    println!("middle of nothing: {}", middle(&empty).expect("no readings"));
}
