use std::collections::HashSet;

fn main() {
    let mut nums: HashSet<i32> = HashSet::new();
    nums.insert(1);
    nums.insert(2);
    nums.insert(3);

    // try to add each number's double while iterating
    for n in &nums {
        if n * 2 > 3 {
            nums.insert(n * 2);
        }
    }
    println!("count: {}", nums.len());
}
