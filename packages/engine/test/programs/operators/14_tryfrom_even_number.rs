use std::convert::TryFrom;

#[derive(Debug)]
struct EvenNumber(i32);

#[derive(Debug, PartialEq)]
enum EvenError {
    Odd(i32),
    Negative(i32),
}

impl TryFrom<i32> for EvenNumber {
    type Error = EvenError;

    fn try_from(value: i32) -> Result<Self, Self::Error> {
        if value < 0 {
            Err(EvenError::Negative(value))
        } else if value % 2 != 0 {
            Err(EvenError::Odd(value))
        } else {
            Ok(EvenNumber(value))
        }
    }
}

fn main() {
    for n in [4, 7, -2, 0, 13] {
        match EvenNumber::try_from(n) {
            Ok(e) => println!("{} -> ok {:?}", n, e),
            Err(EvenError::Odd(x)) => println!("{} -> rejected, {} is odd", n, x),
            Err(EvenError::Negative(x)) => println!("{} -> rejected, {} is negative", n, x),
        }
    }

    // TryInto comes for free.
    let attempt: Result<EvenNumber, _> = 10.try_into();
    println!("10.try_into() = {:?}", attempt);
    let bad: Result<EvenNumber, EvenError> = 9.try_into();
    println!("is odd error: {}", bad.unwrap_err() == EvenError::Odd(9));
}
