use std::collections::HashMap;

fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut seen: HashMap<i32, usize> = HashMap::new();
    for (i, &n) in nums.iter().enumerate() {
        let want = target - n;
        if let Some(&j) = seen.get(&want) {
            return Some((j, i));
        }
        seen.insert(n, i);
    }
    None
}

fn main() {
    let nums = [2, 7, 11, 15, -3, 4];
    println!("{:?}", two_sum(&nums, 9));
    println!("{:?}", two_sum(&nums, 1));
    println!("{:?}", two_sum(&nums, 100));
}
