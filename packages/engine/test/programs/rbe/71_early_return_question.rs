// Early returns with match, then the same with ?.
use std::num::ParseIntError;

fn multiply_early(first: &str, second: &str) -> Result<i32, ParseIntError> {
    let first_number = match first.parse::<i32>() {
        Ok(n) => n,
        Err(e) => return Err(e),
    };
    let second_number = match second.parse::<i32>() {
        Ok(n) => n,
        Err(e) => return Err(e),
    };
    Ok(first_number * second_number)
}

fn multiply(first: &str, second: &str) -> Result<i32, ParseIntError> {
    let first_number = first.parse::<i32>()?;
    let second_number = second.parse::<i32>()?;
    Ok(first_number * second_number)
}

fn sum_csv(line: &str) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for field in line.split(',') {
        total += field.trim().parse::<i64>()?;
    }
    Ok(total)
}

fn main() -> Result<(), ParseIntError> {
    println!("{:?}", multiply_early("10", "2"));
    println!("{:?}", multiply_early("t", "2").is_err());
    println!("{}", multiply("6", "7")?);
    match multiply("6", "seven") {
        Ok(n) => println!("got {}", n),
        Err(e) => println!("Error: {}", e),
    }
    println!("{}", sum_csv("1, 2, 3, 40")?);
    println!("{:?}", sum_csv("1,,3"));
    let n: i32 = "12".parse()?;
    println!("done with {}", n);
    Ok(())
}
