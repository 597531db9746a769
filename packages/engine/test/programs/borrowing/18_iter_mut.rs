fn apply_discount(prices: &mut [f64], percent: f64) {
    for p in prices.iter_mut() {
        *p = *p * (100.0 - percent) / 100.0;
    }
}

fn normalize(names: &mut Vec<String>) {
    for name in names.iter_mut() {
        let trimmed = name.trim().to_lowercase();
        *name = trimmed;
    }
    names.sort();
    names.dedup();
}

fn main() {
    let mut prices = vec![10.0, 25.5, 99.99];
    apply_discount(&mut prices, 20.0);
    for p in &prices {
        println!("{:.2}", p);
    }

    let mut names = vec![
        String::from("  Bob"),
        String::from("alice "),
        String::from("BOB"),
        String::from("Carol"),
    ];
    normalize(&mut names);
    println!("{:?}", names);

    let mut matrix = [[1, 2], [3, 4]];
    for row in matrix.iter_mut() {
        for cell in row.iter_mut() {
            *cell *= 10;
        }
    }
    println!("{:?}", matrix);
}
