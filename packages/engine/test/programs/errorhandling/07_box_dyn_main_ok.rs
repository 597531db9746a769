use std::error::Error;

fn average(values: &[&str]) -> Result<f64, Box<dyn Error>> {
    let mut total = 0.0;
    for v in values {
        let x: f64 = v.parse()?;
        total += x;
    }
    if values.is_empty() {
        return Err("no values given".into());
    }
    Ok(total / values.len() as f64)
}

fn main() -> Result<(), Box<dyn Error>> {
    let readings = ["20.5", "21.0", "19.5", "22.0"];
    let avg = average(&readings)?;
    println!("average temperature: {:.2}", avg);

    match average(&[]) {
        Ok(a) => println!("unexpected: {}", a),
        Err(e) => println!("empty input: {}", e),
    }
    match average(&["1.5", "warm"]) {
        Ok(a) => println!("unexpected: {}", a),
        Err(e) => println!("bad input: {}", e),
    }
    Ok(())
}
