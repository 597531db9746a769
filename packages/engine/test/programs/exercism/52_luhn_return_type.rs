// The function promises a bool but its last expression is a number.
fn is_valid(code: &str) -> bool {
    let digits: Vec<u32> = code.chars().filter_map(|c| c.to_digit(10)).collect();
    let mut sum = 0;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = *d;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10
}

fn main() {
    println!("{}", is_valid("4539 3195 0343 6467"));
    println!("{}", is_valid("8273 1232 7352 0569"));
}
