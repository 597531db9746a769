// f64 is only PartialOrd (NaN!), so max() does not work; max_by does.
#[derive(Debug)]
struct City {
    name: &'static str,
    temperature: f64,
    population: u32,
}

fn main() {
    let cities = vec![
        City { name: "Oslo", temperature: 4.5, population: 700_000 },
        City { name: "Cairo", temperature: 31.2, population: 10_000_000 },
        City { name: "Lima", temperature: 18.9, population: 9_700_000 },
        City { name: "Perth", temperature: 24.0, population: 2_100_000 },
    ];

    let hottest = cities
        .iter()
        .max_by(|a, b| a.temperature.partial_cmp(&b.temperature).unwrap())
        .unwrap();
    println!("hottest: {} at {}", hottest.name, hottest.temperature);

    let coldest = cities
        .iter()
        .min_by(|a, b| a.temperature.total_cmp(&b.temperature))
        .unwrap();
    println!("coldest: {} at {}", coldest.name, coldest.temperature);

    // u32 is Ord, so max_by_key is fine here.
    let biggest = cities.iter().max_by_key(|c| c.population).unwrap();
    println!("biggest: {} ({})", biggest.name, biggest.population);

    let mut by_temp: Vec<&City> = cities.iter().collect();
    by_temp.sort_by(|a, b| b.temperature.partial_cmp(&a.temperature).unwrap());
    let names: Vec<&str> = by_temp.iter().map(|c| c.name).collect();
    println!("warm to cold: {:?}", names);
}
