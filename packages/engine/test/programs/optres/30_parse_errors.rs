fn main() {
    let samples = ["42", "-7", "", "  8", "300", "abc", "+15"];
    for s in samples {
        match s.parse::<u8>() {
            Ok(n) => println!("{:>6?} -> u8 {}", s, n),
            Err(e) => println!("{:>6?} -> error: {}", s, e),
        }
    }

    let f: Result<f32, _> = "2.5e3".parse::<f32>();
    println!("float: {:?}", f);
    let b: Result<bool, _> = "yes".parse::<bool>();
    println!("bool err: {}", b.unwrap_err());
    let c: Result<char, _> = "xy".parse::<char>();
    println!("char err: {}", c.is_err());
}
