fn first_even(nums: &[i32]) -> Option<i32> {
    nums.iter().copied().find(|n| n % 2 == 0)
}

fn main() {
    let data = [3, 7, 10, 13];
    match first_even(&data) {
        Ok(n) => println!("first even: {}", n),
        None => println!("no even numbers"),
    }
}
