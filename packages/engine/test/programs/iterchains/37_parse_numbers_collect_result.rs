fn parse_list(s: &str) -> Result<Vec<i32>, std::num::ParseIntError> {
    s.split(',').map(|p| p.trim().parse::<i32>()).collect()
}

fn main() {
    match parse_list("4, 8, 15, 16, 23, 42") {
        Ok(v) => println!("parsed {:?}, sum {}", v, v.iter().sum::<i32>()),
        Err(e) => println!("error: {}", e),
    }
    match parse_list("4, eight, 15") {
        Ok(v) => println!("parsed {:?}", v),
        Err(e) => println!("error: {}", e),
    }

    let maybe: Option<Vec<u32>> = ["1", "2", "3"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?}", maybe);
    let good: Vec<u32> = ["1", "x", "3"].iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", good);
}
