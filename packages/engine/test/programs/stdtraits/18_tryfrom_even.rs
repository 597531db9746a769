use std::convert::TryFrom;
use std::convert::TryInto;

#[derive(Debug, PartialEq)]
struct EvenNumber(i32);

impl TryFrom<i32> for EvenNumber {
    type Error = String;

    fn try_from(value: i32) -> Result<Self, Self::Error> {
        if value % 2 == 0 {
            Ok(EvenNumber(value))
        } else {
            Err(format!("{} is odd", value))
        }
    }
}

fn main() {
    assert_eq!(EvenNumber::try_from(8), Ok(EvenNumber(8)));
    println!("{:?}", EvenNumber::try_from(8));
    println!("{:?}", EvenNumber::try_from(5));

    let r: Result<EvenNumber, _> = 42i32.try_into();
    println!("{:?}", r);
    let r: Result<EvenNumber, String> = (-3i32).try_into();
    println!("{:?}", r);

    let evens: Vec<EvenNumber> = (1..=10).filter_map(|n| EvenNumber::try_from(n).ok()).collect();
    println!("{:?}", evens);

    // std also provides TryFrom between integer types
    let big: i64 = 300;
    let small: Result<u8, _> = u8::try_from(big);
    println!("300 as u8: {}", if small.is_ok() { "fits" } else { "does not fit" });
    let ok: u8 = 200i64.try_into().unwrap();
    println!("200 as u8: {}", ok);
}
