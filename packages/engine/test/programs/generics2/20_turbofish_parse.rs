// Turbofish with parse: tell the compiler which type to parse into.
fn main() {
    let age = "42".parse::<u8>();
    println!("{:?}", age);

    let too_big = "300".parse::<u8>();
    println!("{:?}", too_big.is_err());

    let negative = "-7".parse::<i32>().unwrap();
    println!("{}", negative * 2);

    let pi = "3.14".parse::<f64>().unwrap();
    println!("{:.1}", pi);

    let flag: bool = "true".parse().unwrap();
    println!("{}", flag);

    match "abc".parse::<i64>() {
        Ok(n) => println!("number {}", n),
        Err(e) => println!("could not parse: {}", e),
    }
}
