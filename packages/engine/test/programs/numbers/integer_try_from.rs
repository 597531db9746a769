use std::convert::TryFrom;
use std::convert::TryInto;

fn main() {
    println!("{:?} {:?}", u8::try_from(200i32), u8::try_from(300i32));
    let big: i64 = -5;
    let r: Result<u32, _> = big.try_into();
    println!("{:?}", r);
    match u8::try_from(1000u32) {
        Ok(v) => println!("fits: {}", v),
        Err(e) => println!("error: {}", e),
    }
    let idx: usize = 7;
    let i = i32::try_from(idx).unwrap();
    let small: i8 = 100u64.try_into().expect("fits in i8");
    println!("{} {} {}", i, small, u8::try_from(-1i8).is_err());
}
