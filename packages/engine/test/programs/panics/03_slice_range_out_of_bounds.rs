// A range that goes past the end of a Vec panics when slicing.
fn window(data: &[i32], start: usize, end: usize) -> &[i32] {
    &data[start..end]
}

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let first = window(&v, 0, 2);
    println!("first two: {:?}", first);
    let middle = window(&v, 1, 4);
    println!("middle: {:?}", middle);
    let too_far = window(&v, 2, 10);
    println!("too far: {:?}", too_far);
}
