const MODULES: &str = "12
14
1969
100756";

fn fuel(mass: u64) -> u64 {
    (mass / 3).saturating_sub(2)
}

fn total_fuel(mass: u64) -> u64 {
    let mut total = 0;
    let mut extra = fuel(mass);
    while extra > 0 {
        total += extra;
        extra = fuel(extra);
    }
    total
}

fn total_fuel_checked(mass: u64) -> u64 {
    match (mass / 3).checked_sub(2) {
        Some(f) if f > 0 => f + total_fuel_checked(f),
        _ => 0,
    }
}

fn main() {
    let masses: Vec<u64> = MODULES.lines().map(|l| l.parse().unwrap()).collect();
    let part1: u64 = masses.iter().map(|&m| fuel(m)).sum();
    let part2: u64 = masses.iter().map(|&m| total_fuel(m)).sum();
    for &m in &masses {
        assert_eq!(total_fuel(m), total_fuel_checked(m));
    }
    println!("Part 1: {}", part1);
    println!("Part 2: {}", part2);
}
