// A sensor repeats its last value when nothing changes.
// dedup removes consecutive duplicates only.
fn main() {
    let mut readings = vec![20, 20, 21, 21, 21, 20, 22, 22];
    readings.dedup();
    println!("changes: {:?}", readings);

    // To remove all duplicates, sort first.
    let mut ids = vec![5, 3, 5, 1, 3, 9, 1];
    ids.sort();
    ids.dedup();
    println!("unique ids: {:?}", ids);

    // dedup_by_key: keep one word per starting letter run.
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
    words.dedup_by_key(|w| w.chars().next());
    println!("first of each run: {:?}", words);

    // Temperatures rounded to whole degrees.
    let mut temps = vec![20.1_f64, 20.4, 20.9, 21.2, 21.4, 19.8];
    temps.dedup_by_key(|t| t.round() as i64);
    println!("rounded runs: {:?}", temps);
}
