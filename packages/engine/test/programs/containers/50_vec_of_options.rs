fn main() {
    // parking lot with 6 spaces
    let mut lot: Vec<Option<String>> = vec![None; 6];
    lot[1] = Some("AB-123".to_string());
    lot[4] = Some("XY-999".to_string());

    let free: Vec<usize> = lot
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_none())
        .map(|(i, _)| i)
        .collect();
    println!("free spaces: {:?}", free);

    if let Some(spot) = lot.iter_mut().find(|s| s.is_none()) {
        *spot = Some("NEW-001".to_string());
    }

    let leaving = lot[4].take();
    println!("leaving: {:?}", leaving);

    for (i, s) in lot.iter().enumerate() {
        match s {
            Some(plate) => println!("  {}: {}", i, plate),
            None => println!("  {}: -", i),
        }
    }
    let parked = lot.iter().flatten().count();
    println!("cars parked: {}", parked);
}
