fn main() {
    let mut readings = vec![1, 1, 2, 2, 2, 3, 1, 1, 4, 4];
    readings.dedup();
    println!("dedup: {:?}", readings);

    let mut all = vec![5, 3, 5, 1, 3, 9, 1];
    all.sort();
    all.dedup();
    println!("unique sorted: {:?}", all);

    let mut temps = vec![12.5, -3.0, 18.2, 40.1, 22.0, -15.5];
    temps.retain(|&t| t > -10.0 && t < 35.0);
    println!("plausible temps: {:?}", temps);

    let mut names = vec![String::from("ann"), String::from(""), String::from("ben"), String::new()];
    names.retain(|n| !n.is_empty());
    println!("names: {:?}", names);

    let mut words = vec!["Hello", "hello", "HELLO", "world"];
    words.dedup_by_key(|w| w.to_lowercase());
    println!("dedup_by_key: {:?}", words);
}
