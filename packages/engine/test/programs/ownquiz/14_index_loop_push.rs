// The iterator version was rejected. What about indices?
fn main() {
    let mut nums = vec![1, 2, 3, 4];
    for i in 0..nums.len() {
        if nums[i] % 2 == 0 {
            nums.push(nums[i] * 10);
        }
    }
    println!("{:?}", nums);
}
