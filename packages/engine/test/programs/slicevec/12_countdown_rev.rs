// Walking a slice backwards with iter().rev().
fn main() {
    let stack = vec!["plate 1", "plate 2", "plate 3"];
    println!("taking plates from the top:");
    for plate in stack.iter().rev() {
        println!("  {}", plate);
    }

    // Indices going backwards: enumerate then rev.
    let nums = [4, 8, 15, 16, 23, 42];
    for (i, n) in nums.iter().enumerate().rev().take(3) {
        println!("nums[{}] = {}", i, n);
    }

    // Last even number, searching from the end.
    let last_even = nums.iter().rev().find(|&&n| n % 2 == 0);
    println!("last even: {:?}", last_even);

    // A reversed copy versus an in-place reverse.
    let reversed: Vec<i32> = nums.iter().rev().copied().collect();
    println!("copy: {:?}", reversed);
    println!("original unchanged: {:?}", nums);

    // Palindrome check with rev.
    let word: Vec<char> = "level".chars().collect();
    let is_pal = word.iter().eq(word.iter().rev());
    println!("level is a palindrome: {}", is_pal);
}
