// Remove duplicates from a sorted vector in place (slow/fast pointers),
// then compare with the built-in dedup.
fn dedup_sorted(nums: &mut Vec<i32>) -> usize {
    if nums.is_empty() {
        return 0;
    }
    let mut slow = 0;
    for fast in 1..nums.len() {
        if nums[fast] != nums[slow] {
            slow += 1;
            nums[slow] = nums[fast];
        }
    }
    nums.truncate(slow + 1);
    nums.len()
}

fn reverse_in_place(v: &mut [char]) {
    let (mut i, mut j) = (0usize, v.len());
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
}

fn main() {
    let mut readings = vec![1, 1, 2, 3, 3, 3, 4, 7, 7, 9];
    let mut copy = readings.clone();
    let k = dedup_sorted(&mut readings);
    copy.dedup();
    println!("unique count {}: {:?}", k, readings);
    println!("std dedup agrees: {}", readings == copy);

    let mut letters: Vec<char> = "rustacean".chars().collect();
    reverse_in_place(&mut letters);
    let s: String = letters.iter().collect();
    println!("{}", s);
}
