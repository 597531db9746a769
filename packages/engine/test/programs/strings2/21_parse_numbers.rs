// Parsing strings into numbers: parse returns a Result.
fn main() {
    let inputs = ["42", "-7", "  13 ", "3.14", "abc", "", "300"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", s, n),
            Err(e) => println!("{:?} -> Err({})", s, e),
        }
    }

    let trimmed: i32 = "  13 ".trim().parse().unwrap();
    println!("trimmed parse = {}", trimmed);

    let f: f64 = "3.14".parse().unwrap();
    println!("float = {}", f * 2.0);

    match "300".parse::<u8>() {
        Ok(n) => println!("u8 {}", n),
        Err(e) => println!("u8 error: {}", e),
    }
    match "-1".parse::<u32>() {
        Ok(n) => println!("u32 {}", n),
        Err(e) => println!("u32 error: {}", e),
    }

    let n = "17".parse::<i64>().unwrap_or(0) + "x".parse::<i64>().unwrap_or(0);
    println!("sum with defaults = {}", n);
}
