// Edition 2021 closures capture individual fields, so a closure
// mutating `stats.hits` does not lock out `stats.name`.
struct Stats {
    name: String,
    hits: u32,
    misses: u32,
}

fn main() {
    let mut stats = Stats { name: "cache".to_string(), hits: 0, misses: 0 };

    let mut record_hit = || stats.hits += 1;
    println!("tracking {}", stats.name); // different field: fine
    record_hit();
    record_hit();

    let mut record_miss = |n: u32| stats.misses += n;
    record_miss(3);
    let label = &stats.name;
    record_miss(1);

    println!("{}: {} hits, {} misses", label, stats.hits, stats.misses);
}
