// Parsing numbers from strings, in different bases.
fn main() {
    let n: i32 = "42".parse().unwrap();
    let m = "-17".parse::<i64>().unwrap();
    println!("{} {}", n, m);

    println!("{:?}", i32::from_str_radix("ff", 16));
    println!("{:?}", u8::from_str_radix("11111111", 2));
    println!("{:?}", u16::from_str_radix("777", 8));
    println!("{:?}", i64::from_str_radix("-zz", 36));
    println!("{:?}", u32::from_str_radix("DEADBEEF", 16));

    let hex_codes = ["1A", "ff", "0", "7f"];
    let decoded: Vec<u8> = hex_codes
        .iter()
        .map(|h| u8::from_str_radix(h, 16).unwrap())
        .collect();
    println!("decoded: {:?}", decoded);

    match "3.14".parse::<f64>() {
        Ok(v) => println!("float: {}", v),
        Err(e) => println!("error: {}", e),
    }
    let trimmed: u32 = "  128 \n".trim().parse().expect("a number");
    println!("trimmed: {}", trimmed);
}
