// Writing split_at_mut ourselves needs unsafe: the borrow checker can't see
// that the two halves do not overlap.
use std::slice;

fn split_halves(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();

    assert!(mid <= len);

    unsafe {
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut grades = vec![55, 60, 71, 88, 93, 97];
    let (low, high) = split_halves(&mut grades, 3);

    for g in low.iter_mut() {
        *g += 5; // curve the lower half
    }
    high[0] = 90;
    println!("low = {:?}, high = {:?}", low, high);
    println!("all = {:?}", grades);

    let (left, right) = grades.split_at_mut(1);
    std::mem::swap(&mut left[0], &mut right[right.len() - 1]);
    println!("after swap: {:?}", grades);
}
