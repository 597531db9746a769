#[derive(Debug)]
struct City {
    name: String,
    population: u32,
    area_km2: f64,
}

fn main() {
    let cities = vec![
        City { name: String::from("Oslo"), population: 709_000, area_km2: 454.0 },
        City { name: String::from("Bergen"), population: 286_000, area_km2: 465.0 },
        City { name: String::from("Tromso"), population: 77_000, area_km2: 2_521.0 },
        City { name: String::from("Stavanger"), population: 144_000, area_km2: 262.0 },
    ];

    let smallest = cities.iter().min_by_key(|c| c.population).unwrap();
    println!("smallest: {}", smallest.name);

    let densest = cities
        .iter()
        .max_by(|a, b| {
            let da = a.population as f64 / a.area_km2;
            let db = b.population as f64 / b.area_km2;
            da.partial_cmp(&db).unwrap()
        })
        .unwrap();
    println!("densest: {}", densest.name);

    let longest_name = cities.iter().map(|c| c.name.len()).max().unwrap_or(0);
    println!("longest name has {} letters", longest_name);

    let biggest = cities.iter().max_by_key(|c| c.area_km2 as u64);
    println!("{:?}", biggest.map(|c| &c.name));
}
