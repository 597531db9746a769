#[derive(Debug)]
enum InputError {
    Empty,
    NotANumber,
}

fn read_quantity(s: &str) -> Result<u32, InputError> {
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let q = s.parse::<u32>()?;
    Ok(q)
}

fn main() {
    println!("{:?}", read_quantity("12"));
    println!("{:?}", read_quantity(""));
    println!("{:?}", read_quantity("a dozen"));
    let _ = InputError::NotANumber;
}
