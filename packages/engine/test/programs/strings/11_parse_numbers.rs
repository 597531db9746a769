fn main() {
    let inputs = vec!["42", "-7", "  15 ", "3.14", "abc", ""];

    for input in &inputs {
        match input.trim().parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", input, n),
            Err(e) => println!("{:?} -> Err({})", input, e),
        }
    }

    let f: f64 = "3.14".parse().unwrap();
    println!("parsed float: {:.3}", f * 2.0);

    let flag: bool = "true".parse().unwrap();
    println!("parsed bool: {}", flag);

    let numbers = "10 20 30 forty 50";
    let valid: Vec<i32> = numbers
        .split(' ')
        .filter_map(|s| s.parse().ok())
        .collect();
    println!("valid numbers: {:?}, sum = {}", valid, valid.iter().sum::<i32>());

    let byte: Result<u8, _> = "300".parse::<u8>();
    println!("300 as u8: {:?}", byte.is_err());
}
