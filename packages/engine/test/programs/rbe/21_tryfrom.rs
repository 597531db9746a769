// Conversion: TryFrom / TryInto for fallible conversions.
use std::convert::TryFrom;
use std::convert::TryInto;

#[derive(Debug, PartialEq)]
struct EvenNumber(i32);

impl TryFrom<i32> for EvenNumber {
    type Error = ();

    fn try_from(value: i32) -> Result<Self, Self::Error> {
        if value % 2 == 0 {
            Ok(EvenNumber(value))
        } else {
            Err(())
        }
    }
}

fn main() {
    assert_eq!(EvenNumber::try_from(8), Ok(EvenNumber(8)));
    assert_eq!(EvenNumber::try_from(5), Err(()));

    let result: Result<EvenNumber, ()> = 8i32.try_into();
    assert_eq!(result, Ok(EvenNumber(8)));
    let result: Result<EvenNumber, ()> = 5i32.try_into();
    assert_eq!(result, Err(()));

    for n in [4, 7, -2] {
        match EvenNumber::try_from(n) {
            Ok(e) => println!("{} -> {:?}", n, e),
            Err(()) => println!("{} is odd", n),
        }
    }

    let big: i32 = 300;
    let small: Result<u8, _> = big.try_into();
    println!("300 into u8: {:?}", small.is_err());
    let fits: u8 = 200i32.try_into().unwrap();
    println!("200 into u8: {}", fits);
    println!("{:?}", u16::try_from(-1i32).is_ok());
}
