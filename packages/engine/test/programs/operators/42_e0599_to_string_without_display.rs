#[derive(Debug)]
struct Temperature {
    degrees: f64,
    unit: char,
}

fn main() {
    let readings = vec![
        Temperature { degrees: 21.5, unit: 'C' },
        Temperature { degrees: 70.0, unit: 'F' },
    ];

    for r in &readings {
        println!("debug view: {:?} ({} {})", r, r.degrees, r.unit);
    }

    // to_string needs Display, and Temperature only derives Debug.
    let labels: Vec<String> = readings.iter().map(|r| r.to_string()).collect();
    println!("{}", labels.join(", "));
}
