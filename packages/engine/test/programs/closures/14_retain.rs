fn main() {
    let mut inventory = vec![
        ("hammer", 3),
        ("nails", 0),
        ("saw", 1),
        ("glue", 0),
        ("tape", 7),
    ];

    let mut removed = 0;
    inventory.retain(|&(_, qty)| {
        if qty == 0 {
            removed += 1;
            false
        } else {
            true
        }
    });

    println!("removed {} out-of-stock items", removed);
    for (item, qty) in &inventory {
        println!("{:<8}{}", item, qty);
    }

    let mut numbers: Vec<i32> = (1..=20).collect();
    let limit = 12;
    numbers.retain(|n| n % 3 == 0 && *n <= limit);
    println!("{:?}", numbers);
}
