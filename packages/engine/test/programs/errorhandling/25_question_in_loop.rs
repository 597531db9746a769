use std::num::ParseIntError;

fn sum_until_error(tokens: &[&str]) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for t in tokens {
        let n: i32 = t.parse()?;
        println!("  read {}", n);
        total += n;
    }
    Ok(total)
}

fn main() {
    println!("first list:");
    let r1 = sum_until_error(&["5", "10", "15"]);
    println!("result: {:?}", r1);

    println!("second list:");
    let r2 = sum_until_error(&["5", "ten", "15"]);
    println!("result: {:?}", r2.map_err(|e| e.to_string()));
}
