use std::str::FromStr;

// Parse a comma-separated line into any type that implements FromStr.
fn parse_list<T: FromStr>(line: &str) -> Vec<T> {
    line.split(',')
        .map(|s| s.trim())
        .filter_map(|s| s.parse::<T>().ok())
        .collect()
}

fn main() {
    let ints = parse_list::<i64>("4, 8, x, 15");
    let floats: Vec<f32> = parse_list("1.5, 2, oops");
    let flags = parse_list::<bool>("true,false,maybe");
    println!("{:?}", ints);
    println!("{:?}", floats);
    println!("{:?}", flags);
    let total: i64 = ints.iter().sum();
    println!("total = {}", total);
    let n = "256".parse::<u16>().unwrap();
    println!("{}", n * 2);
}
