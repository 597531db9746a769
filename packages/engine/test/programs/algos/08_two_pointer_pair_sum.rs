// Two pointers on a sorted slice: find a pair adding up to target.
fn pair_with_sum(sorted: &[i32], target: i32) -> Option<(i32, i32)> {
    if sorted.is_empty() {
        return None;
    }
    let mut left = 0;
    let mut right = sorted.len() - 1;
    while left < right {
        let sum = sorted[left] + sorted[right];
        if sum == target {
            return Some((sorted[left], sorted[right]));
        } else if sum < target {
            left += 1;
        } else {
            right -= 1;
        }
    }
    None
}

fn main() {
    let prices = [1, 4, 6, 8, 11, 15, 20];
    for budget in [19, 26, 3, 35] {
        match pair_with_sum(&prices, budget) {
            Some((a, b)) => println!("budget {}: buy {} + {}", budget, a, b),
            None => println!("budget {}: no exact pair", budget),
        }
    }
    println!("{:?}", pair_with_sum(&[], 5));
}
