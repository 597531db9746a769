// An unsafe fn has a contract the caller must uphold.

/// Safety: `index` must be less than `data.len()`.
unsafe fn get_unchecked_i32(data: &[i32], index: usize) -> i32 {
    *data.as_ptr().add(index)
}

fn main() {
    let marks = [55, 72, 90];
    let mut sum = 0;
    for i in 0..marks.len() {
        sum += unsafe { get_unchecked_i32(&marks, i) };
    }
    println!("sum = {}", sum);
}
