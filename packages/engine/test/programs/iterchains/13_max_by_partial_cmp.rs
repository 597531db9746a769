#[derive(Debug)]
struct City {
    name: &'static str,
    temp_c: f64,
}

fn main() {
    let cities = vec![
        City { name: "Oslo", temp_c: -3.5 },
        City { name: "Cairo", temp_c: 31.2 },
        City { name: "Lima", temp_c: 19.8 },
        City { name: "Perth", temp_c: 27.4 },
    ];

    let hottest = cities
        .iter()
        .max_by(|a, b| a.temp_c.partial_cmp(&b.temp_c).unwrap())
        .unwrap();
    let coldest = cities
        .iter()
        .min_by(|a, b| a.temp_c.partial_cmp(&b.temp_c).unwrap())
        .unwrap();

    println!("hottest: {} at {:.1}", hottest.name, hottest.temp_c);
    println!("coldest: {} at {:.1}", coldest.name, coldest.temp_c);

    let readings = [2.5_f64, 9.75, 1.25, 4.0];
    let top = readings.iter().cloned().fold(f64::MIN, f64::max);
    println!("top reading: {}", top);
}
