// Armstrong numbers: the sum of its digits each raised to the number of digits.
fn is_armstrong_number(num: u32) -> bool {
    let digits: Vec<u64> = num.to_string().chars().map(|c| c.to_digit(10).unwrap() as u64).collect();
    let power = digits.len() as u32;
    let sum: u64 = digits.iter().map(|d| d.pow(power)).sum();
    sum == num as u64
}

fn main() {
    for n in [0, 5, 10, 153, 100, 9474, 9475, 9926315, 3999999999] {
        println!("{:>10}: {}", n, is_armstrong_number(n));
    }
    let small: Vec<u32> = (1..1000).filter(|&n| is_armstrong_number(n)).collect();
    println!("{:?}", small);
}
