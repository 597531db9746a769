#[derive(Debug)]
struct Reading {
    sensor: char,
    value: f64,
}

fn main() {
    let readings = vec![
        Reading { sensor: 'a', value: 3.5 },
        Reading { sensor: 'b', value: 7.25 },
        Reading { sensor: 'a', value: -1.0 },
        Reading { sensor: 'c', value: 12.0 },
        Reading { sensor: 'b', value: 0.5 },
    ];
    let max = readings.iter().max_by(|x, y| x.value.partial_cmp(&y.value).unwrap()).unwrap();
    let min = readings.iter().min_by(|x, y| x.value.partial_cmp(&y.value).unwrap()).unwrap();
    println!("max {:?}", max);
    println!("min {:?}", min);
    let mean = readings.iter().map(|r| r.value).sum::<f64>() / readings.len() as f64;
    println!("mean {:.3}", mean);
    let var = readings.iter().map(|r| (r.value - mean).powi(2)).sum::<f64>() / readings.len() as f64;
    println!("std dev {:.4}", var.sqrt());
    for s in ['a', 'b', 'c', 'd'] {
        let vals: Vec<f64> = readings.iter().filter(|r| r.sensor == s).map(|r| r.value).collect();
        match vals.len() {
            0 => println!("{}: no data", s),
            n => println!("{}: {} readings, avg {:.2}", s, n, vals.iter().sum::<f64>() / n as f64),
        }
    }
    let positive_count = readings.iter().filter(|r| r.value > 0.0).count();
    println!("{} positive", positive_count);
    let last_b = readings.iter().rev().find(|r| r.sensor == 'b').map(|r| r.value);
    println!("last b {:?}", last_b);
    let running: Vec<f64> = readings
        .iter()
        .scan(0.0, |acc, r| {
            *acc += r.value;
            Some(*acc)
        })
        .collect();
    println!("running {:?}", running);
    let skip_neg: Vec<f64> = readings.iter().map(|r| r.value).skip_while(|v| *v > 0.0).collect();
    println!("{:?}", skip_neg);
}
