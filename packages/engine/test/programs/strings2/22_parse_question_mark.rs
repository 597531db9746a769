use std::num::ParseIntError;

fn sum_csv(line: &str) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for part in line.split(',') {
        let n: i32 = part.trim().parse()?;
        total += n;
    }
    Ok(total)
}

fn double(s: &str) -> Result<i32, ParseIntError> {
    let n = s.parse::<i32>()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", sum_csv("1, 2, 3, 4"));
    println!("{:?}", sum_csv("10,20,x"));
    match double("21") {
        Ok(v) => println!("doubled: {}", v),
        Err(e) => println!("error: {}", e),
    }
    match double("twenty") {
        Ok(v) => println!("doubled: {}", v),
        Err(e) => println!("error: {}", e),
    }
}
