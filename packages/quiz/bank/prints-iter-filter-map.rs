// kind: prints
// title: Filtering through references
// tags: closures, borrow
// difficulty: 1
// mode: choice
// distractor: "[6, 16, 10] 32\n0\n"
// distractor: "[3, 8, 5] 16\n4\n"
// ---
fn main() {
    let prices = vec![3, 8, 12, 5];
    let cheap: Vec<i32> = prices.iter().filter(|p| **p < 10).map(|p| p * 2).collect();
    let total: i32 = cheap.iter().sum();
    println!("{:?} {}", cheap, total);
    println!("{}", prices.len());
}
