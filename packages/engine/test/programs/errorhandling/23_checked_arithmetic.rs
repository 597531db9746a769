#[derive(Debug)]
enum MathError {
    DivisionByZero,
    Overflow,
}

fn safe_div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 {
        return Err(MathError::DivisionByZero);
    }
    a.checked_div(b).ok_or(MathError::Overflow)
}

fn safe_mul(a: i32, b: i32) -> Result<i32, MathError> {
    a.checked_mul(b).ok_or(MathError::Overflow)
}

fn compute(a: i32, b: i32, c: i32) -> Result<i32, MathError> {
    let q = safe_div(a, b)?;
    safe_mul(q, c)
}

fn main() {
    println!("{:?}", compute(100, 5, 3));
    println!("{:?}", compute(1, 0, 3));
    println!("{:?}", compute(i32::MIN, -1, 1));
    println!("{:?}", compute(i32::MAX, 1, 2));
    println!("{:?}", safe_div(-7, 2));
}
