// Collecting an iterator of Results stops at the first error.
#[derive(Debug)]
struct Measurement {
    label: String,
    value: i32,
}

fn parse_line(line: &str) -> Result<Measurement, String> {
    let (label, value) = line.split_once('=').ok_or_else(|| format!("no '=' in {:?}", line))?;
    let value = value.parse::<i32>().map_err(|e| format!("{:?}: {}", value, e))?;
    if label.is_empty() {
        return Err("empty label".to_string());
    }
    Ok(Measurement { label: label.to_string(), value })
}

fn parse_all(lines: &[&str]) -> Result<Vec<Measurement>, String> {
    lines.iter().map(|l| parse_line(l)).collect()
}

fn main() {
    let good = ["a=1", "b=-4", "c=10"];
    let bad = ["a=1", "b", "c=x"];
    let worse = ["=5"];

    match parse_all(&good) {
        Ok(ms) => {
            let sum: i32 = ms.iter().map(|m| m.value).sum();
            println!("{} measurements, sum {}", ms.len(), sum);
            println!("labels: {:?}", ms.iter().map(|m| m.label.as_str()).collect::<Vec<_>>());
        }
        Err(e) => println!("error: {}", e),
    }
    println!("{:?}", parse_all(&bad).map(|v| v.len()));
    println!("{:?}", parse_all(&worse).map(|v| v.len()));

    let (oks, errs): (Vec<_>, Vec<_>) = bad.iter().map(|l| parse_line(l)).partition(|r| r.is_ok());
    println!("{} ok, {} errors", oks.len(), errs.len());
    for e in errs.into_iter().map(Result::unwrap_err) {
        println!("  {}", e);
    }
    let opts: Option<Vec<i32>> = ["1", "2", "3"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?}", opts);
}
