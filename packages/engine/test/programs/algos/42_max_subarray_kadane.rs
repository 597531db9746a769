// Kadane's algorithm: maximum sum of a contiguous subarray, with its bounds.
fn max_subarray(nums: &[i32]) -> (i32, usize, usize) {
    let mut best = nums[0];
    let mut best_range = (0, 0);
    let mut current = 0;
    let mut start = 0;
    for (i, &x) in nums.iter().enumerate() {
        if current <= 0 {
            current = x;
            start = i;
        } else {
            current += x;
        }
        if current > best {
            best = current;
            best_range = (start, i);
        }
    }
    (best, best_range.0, best_range.1)
}

fn main() {
    let profits = [-2, 1, -3, 4, -1, 2, 1, -5, 4];
    let (sum, lo, hi) = max_subarray(&profits);
    println!("best run {:?} sums to {}", &profits[lo..=hi], sum);

    let all_negative = [-8, -3, -6, -2, -5, -4];
    let (sum, lo, hi) = max_subarray(&all_negative);
    println!("best run {:?} sums to {}", &all_negative[lo..=hi], sum);

    let empty: [i32; 0] = [];
    println!("now the empty slice...");
    let (sum, _, _) = max_subarray(&empty);
    println!("unreachable: {}", sum);
}
