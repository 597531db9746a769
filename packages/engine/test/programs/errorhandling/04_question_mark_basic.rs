use std::num::ParseIntError;

// The ? operator returns early with the error.
fn add_strings(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x = a.parse::<i32>()?;
    let y = b.parse::<i32>()?;
    Ok(x + y)
}

fn main() {
    let pairs = [("12", "30"), ("7", "x"), ("oops", "1"), ("-5", "5")];
    for (a, b) in pairs {
        match add_strings(a, b) {
            Ok(sum) => println!("{} + {} = {}", a, b, sum),
            Err(e) => println!("{} + {} failed: {}", a, b, e),
        }
    }
}
