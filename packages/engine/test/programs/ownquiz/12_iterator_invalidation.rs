// Double every even number by appending ten times it.
fn main() {
    let mut nums = vec![1, 2, 3, 4];
    for n in &nums {
        if n % 2 == 0 {
            nums.push(n * 10);
        }
    }
    println!("{:?}", nums);
}
