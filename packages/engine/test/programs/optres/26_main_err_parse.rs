use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let inputs = ["12", "34", "5x6"];
    let mut sum = 0;
    for s in inputs {
        let n: i32 = s.parse()?;
        sum += n;
        println!("running sum = {}", sum);
    }
    println!("final sum = {}", sum);
    Ok(())
}
