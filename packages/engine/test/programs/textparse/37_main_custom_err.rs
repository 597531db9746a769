// main returns a custom error type: the Debug form is printed, not Display.
use std::fmt;

#[derive(Debug)]
enum GradeError {
    OutOfRange(u32),
    NotANumber(String),
}

impl fmt::Display for GradeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            GradeError::OutOfRange(n) => write!(f, "{} is not between 0 and 100", n),
            GradeError::NotANumber(s) => write!(f, "{:?} is not a number", s),
        }
    }
}

impl std::error::Error for GradeError {}

fn parse_grade(s: &str) -> Result<u32, GradeError> {
    let n: u32 = s.trim().parse().map_err(|_| GradeError::NotANumber(s.to_string()))?;
    if n > 100 {
        return Err(GradeError::OutOfRange(n));
    }
    Ok(n)
}

fn main() -> Result<(), GradeError> {
    let grades = "88, 92, 75, 105, 60";
    let mut sum = 0;
    for g in grades.split(',') {
        let value = parse_grade(g)?;
        println!("grade {}", value);
        sum += value;
    }
    println!("sum = {}", sum);
    Ok(())
}
