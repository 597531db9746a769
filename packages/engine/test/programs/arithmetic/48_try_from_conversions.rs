use std::convert::TryFrom;

fn to_percent(value: i32) -> Result<u8, String> {
    let v = u8::try_from(value).map_err(|e| format!("{} is not a u8: {}", value, e))?;
    if v > 100 {
        return Err(format!("{} is more than 100", v));
    }
    Ok(v)
}

fn main() {
    println!("{:?}", u8::try_from(200i32));
    println!("{:?}", u8::try_from(300i32).is_err());
    println!("{:?}", i8::try_from(-128i64));
    println!("{:?}", u32::try_from(-1i32).is_err());

    let big: i64 = 3_000_000_000;
    let r: Result<i32, _> = big.try_into();
    println!("3e9 into i32 ok? {}", r.is_ok());

    let widened: i64 = i64::from(42u32);
    let lossless: f64 = f64::from(7i32);
    let via_into: u64 = 255u8.into();
    println!("{} {} {}", widened, lossless, via_into);

    for v in [50, 100, 150, -3, 1000] {
        match to_percent(v) {
            Ok(p) => println!("{}%", p),
            Err(e) => println!("error: {}", e),
        }
    }
}
