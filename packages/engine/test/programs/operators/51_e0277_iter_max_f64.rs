struct Runner {
    name: &'static str,
    time_secs: f64,
}

fn main() {
    let race = vec![
        Runner { name: "Kip", time_secs: 12.81 },
        Runner { name: "Ona", time_secs: 11.95 },
        Runner { name: "Rui", time_secs: 12.04 },
    ];

    let times: Vec<f64> = race.iter().map(|r| r.time_secs).collect();
    // f64 is not Ord (because of NaN), so Iterator::min is not available.
    let best = times.iter().copied().min().unwrap();
    for r in &race {
        if r.time_secs == best {
            println!("winner: {}", r.name);
        }
    }
}
