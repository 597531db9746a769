// Swapping two elements needs a method: `slice.swap(i, j)`
// borrows the slice once instead of two `&mut` at once.
fn bubble_sort(data: &mut [i32]) -> usize {
    let mut swaps = 0;
    for end in (1..data.len()).rev() {
        for i in 0..end {
            if data[i] > data[i + 1] {
                data.swap(i, i + 1);
                swaps += 1;
            }
        }
    }
    swaps
}

fn main() {
    let mut nums = [5, 1, 4, 2, 8, 0];
    let swaps = bubble_sort(&mut nums);
    println!("{:?} with {} swaps", nums, swaps);

    nums.rotate_left(2);
    println!("rotated: {:?}", nums);
    let tail = &mut nums[3..];
    tail.reverse();
    println!("tail reversed: {:?}", nums);
}
