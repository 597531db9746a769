// Finding where things are: position, rposition, max_by_key, min_by_key.
#[derive(Debug)]
struct City {
    name: &'static str,
    population: u32,
}

fn main() {
    let temps = [14, 17, 22, 19, 22, 11];
    println!("first 22 at {:?}", temps.iter().position(|&t| t == 22));
    println!("last 22 at {:?}", temps.iter().rposition(|&t| t == 22));
    println!("first 30 at {:?}", temps.iter().position(|&t| t == 30));

    let cities = vec![
        City { name: "Lyon", population: 522 },
        City { name: "Nice", population: 342 },
        City { name: "Paris", population: 2161 },
        City { name: "Lille", population: 236 },
    ];
    let biggest = cities.iter().max_by_key(|c| c.population).unwrap();
    let smallest = cities.iter().min_by_key(|c| c.population).unwrap();
    println!("biggest {} smallest {}", biggest.name, smallest.name);

    // max_by_key returns the LAST maximum when there is a tie.
    let (hottest_day, _) = temps.iter().enumerate().max_by_key(|&(_, t)| t).unwrap();
    println!("hottest day index: {}", hottest_day);

    let longest = cities.iter().map(|c| c.name).max_by_key(|n| n.len());
    println!("longest name: {:?}", longest);
    println!("{:?}", cities[0]);
}
