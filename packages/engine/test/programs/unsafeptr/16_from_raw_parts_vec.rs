use std::slice;

// Rebuild a slice from a pointer and a length.
fn main() {
    let temps = vec![18, 21, 19, 24, 22];
    let ptr = temps.as_ptr();
    let len = temps.len();
    let view: &[i32] = unsafe { slice::from_raw_parts(ptr, len) };
    println!("view = {:?}", view);
    let tail: &[i32] = unsafe { slice::from_raw_parts(ptr.add(2), len - 2) };
    println!("tail = {:?}", tail);
    println!("max = {}", view.iter().max().unwrap());
}
