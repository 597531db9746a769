#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Measurement {
    value: f64,
    sensor: u8,
}

fn main() {
    let mut data = vec![
        Measurement { value: 2.5, sensor: 1 },
        Measurement { value: -0.75, sensor: 3 },
        Measurement { value: 2.5, sensor: 0 },
        Measurement { value: 10.0, sensor: 2 },
    ];

    // No Ord for f64, so use partial_cmp with sort_by.
    data.sort_by(|a, b| a.partial_cmp(b).unwrap());
    for m in &data {
        println!("{:>6.2} from sensor {}", m.value, m.sensor);
    }

    let a = Measurement { value: 1.0, sensor: 9 };
    let b = Measurement { value: 1.0, sensor: 10 };
    println!("a < b: {}", a < b);
    println!("{:?}", a.partial_cmp(&b));

    let nan = Measurement { value: f64::NAN, sensor: 0 };
    println!("nan vs a: {:?}", nan.partial_cmp(&a));
    println!("nan == nan: {}", nan == nan);

    let max = data
        .iter()
        .copied()
        .fold(None, |best: Option<Measurement>, m| match best {
            Some(b) if b >= m => Some(b),
            _ => Some(m),
        });
    println!("max = {:?}", max);
    let total: f64 = data.iter().map(|m| m.value).sum();
    println!("total = {}", total);
}
