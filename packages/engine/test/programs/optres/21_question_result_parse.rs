use std::num::ParseIntError;

fn sum_csv(line: &str) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for part in line.split(',') {
        let n: i32 = part.trim().parse()?;
        total += n;
    }
    Ok(total)
}

fn main() {
    let lines = ["1, 2, 3", "10,20", "4, five, 6", ""];
    for line in lines {
        match sum_csv(line) {
            Ok(t) => println!("{:?} -> {}", line, t),
            Err(e) => println!("{:?} -> error: {}", line, e),
        }
    }
}
