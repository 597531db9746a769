// extend from an iterator with an exact size reserves once.
fn main() {
    let mut nums: Vec<i32> = vec![0];
    println!("start: len={} cap={}", nums.len(), nums.capacity());
    nums.extend(1..6);
    println!("extend 1..6: len={} cap={}", nums.len(), nums.capacity());
    nums.extend(6..30);
    println!("extend 6..30: len={} cap={}", nums.len(), nums.capacity());
    let total: i32 = nums.iter().sum();
    println!("sum = {}", total);
}
