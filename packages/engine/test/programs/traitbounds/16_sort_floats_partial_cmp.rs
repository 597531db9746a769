#[derive(Debug, Clone)]
struct Runner {
    name: String,
    time_secs: f64,
    age: u32,
}

fn main() {
    let mut results = vec![
        Runner { name: "Mo".to_string(), time_secs: 781.4, age: 31 },
        Runner { name: "Priya".to_string(), time_secs: 765.0, age: 27 },
        Runner { name: "Lars".to_string(), time_secs: 802.9, age: 45 },
        Runner { name: "Aiko".to_string(), time_secs: 765.0, age: 22 },
    ];

    // f64 is only PartialOrd, so sort_by with partial_cmp
    results.sort_by(|a, b| {
        a.time_secs
            .partial_cmp(&b.time_secs)
            .unwrap()
            .then_with(|| a.name.cmp(&b.name))
    });
    for (place, r) in results.iter().enumerate() {
        let mins = (r.time_secs / 60.0) as u32;
        let secs = r.time_secs - (mins as f64) * 60.0;
        println!("{}. {:<6} {}:{:04.1}", place + 1, r.name, mins, secs);
    }

    results.sort_by_key(|r| std::cmp::Reverse(r.age));
    let names: Vec<&str> = results.iter().map(|r| r.name.as_str()).collect();
    println!("oldest first: {:?}", names);

    let youngest = results.iter().min_by_key(|r| r.age).unwrap();
    println!("youngest: {}", youngest.name);
}
