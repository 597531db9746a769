// Rustlings-style: a validated constructor.
#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<PositiveNonzeroInteger, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

fn main() {
    println!("{:?}", PositiveNonzeroInteger::new(10));
    println!("{:?}", PositiveNonzeroInteger::new(-10));
    println!("{:?}", PositiveNonzeroInteger::new(0));
    assert_eq!(PositiveNonzeroInteger::new(5), Ok(PositiveNonzeroInteger(5)));
    assert_eq!(PositiveNonzeroInteger::new(-1), Err(CreationError::Negative));
    println!("assertions passed");
}
