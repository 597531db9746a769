fn main() {
    let input = "16,1,2,0,4,2,7,1,2,14";
    let mut crabs: Vec<i32> = input.split(',').map(|s| s.parse().unwrap()).collect();
    crabs.sort();

    // part 1: the median minimises the sum of distances
    let median = crabs[crabs.len() / 2];
    let fuel1: i32 = crabs.iter().map(|c| (c - median).abs()).sum();
    println!("Part 1: position {} costs {}", median, fuel1);

    // part 2: try every position, the cost of n steps is n*(n+1)/2
    let lo = *crabs.first().unwrap();
    let hi = *crabs.last().unwrap();
    let (best_pos, best_cost) = (lo..=hi)
        .map(|pos| {
            let cost: i32 = crabs
                .iter()
                .map(|c| {
                    let n = (c - pos).abs();
                    n * (n + 1) / 2
                })
                .sum();
            (pos, cost)
        })
        .min_by_key(|&(_, cost)| cost)
        .unwrap();
    println!("Part 2: position {} costs {}", best_pos, best_cost);
}
