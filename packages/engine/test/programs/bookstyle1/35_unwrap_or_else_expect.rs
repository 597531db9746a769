// unwrap_or_else supplies a fallback; expect panics with our message.
fn parse_ratio(text: &str) -> Result<f64, String> {
    let (top, bottom) = text.split_once('/').ok_or_else(|| format!("no '/' in {text}"))?;
    let top: f64 = top.parse().map_err(|_| format!("bad numerator in {text}"))?;
    let bottom: f64 = bottom.parse().map_err(|_| format!("bad denominator in {text}"))?;
    if bottom == 0.0 {
        return Err(String::from("division by zero"));
    }
    Ok(top / bottom)
}

fn main() {
    for text in ["3/4", "1/0", "half"] {
        let value = parse_ratio(text).unwrap_or_else(|err| {
            println!("warning: {err}");
            0.0
        });
        println!("{text} = {value}");
    }
    let must = parse_ratio("7/x").expect("config ratio must be valid");
    println!("unreachable: {must}");
}
