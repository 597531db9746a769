// Finding extremes with iterator adapters.
struct City {
    name: &'static str,
    population: u32,
    area: f64,
}

fn main() {
    let cities = vec![
        City { name: "Lyon", population: 522, area: 47.9 },
        City { name: "Nice", population: 342, area: 71.9 },
        City { name: "Paris", population: 2102, area: 105.4 },
        City { name: "Lille", population: 236, area: 34.8 },
    ];
    let biggest = cities.iter().max_by_key(|c| c.population).unwrap();
    println!("most people: {}", biggest.name);
    let smallest = cities
        .iter()
        .min_by(|a, b| a.area.partial_cmp(&b.area).unwrap())
        .unwrap();
    println!("smallest area: {}", smallest.name);
    let longest = cities.iter().map(|c| c.name).max_by_key(|n| n.len()).unwrap();
    println!("longest name: {}", longest);
}
