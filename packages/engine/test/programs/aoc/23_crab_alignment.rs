const CRABS: &str = "16,1,2,0,4,2,7,1,2,14";

fn fuel_linear(positions: &[i64], target: i64) -> i64 {
    positions.iter().map(|&p| (p - target).abs()).sum()
}

fn fuel_triangular(positions: &[i64], target: i64) -> i64 {
    positions
        .iter()
        .map(|&p| {
            let n = (p - target).abs();
            n * (n + 1) / 2
        })
        .sum()
}

fn main() {
    let mut positions: Vec<i64> = CRABS.split(',').map(|s| s.parse().unwrap()).collect();
    positions.sort();

    let median = positions[positions.len() / 2];
    println!("median position: {}", median);
    println!("Part 1: {}", fuel_linear(&positions, median));

    let lo = *positions.first().unwrap();
    let hi = *positions.last().unwrap();
    let (best_pos, best_fuel) = (lo..=hi)
        .map(|t| (t, fuel_triangular(&positions, t)))
        .min_by_key(|&(_, f)| f)
        .unwrap();
    println!("Part 2: {} (at position {})", best_fuel, best_pos);
}
