// Sum of all unique multiples of the given factors strictly below a limit.
use std::collections::BTreeSet;

fn sum_of_multiples(limit: u32, factors: &[u32]) -> u32 {
    let mut multiples = BTreeSet::new();
    for &f in factors {
        if f == 0 {
            continue;
        }
        let mut m = f;
        while m < limit {
            multiples.insert(m);
            m += f;
        }
    }
    multiples.iter().sum()
}

fn sum_of_multiples_iter(limit: u32, factors: &[u32]) -> u32 {
    (1..limit).filter(|n| factors.iter().any(|&f| f != 0 && n % f == 0)).sum()
}

fn main() {
    let cases: Vec<(u32, Vec<u32>)> = vec![
        (1, vec![3, 5]),
        (10, vec![3, 5]),
        (20, vec![7, 13, 17]),
        (1000, vec![3, 5]),
        (10000, vec![43, 47]),
        (10, vec![0, 3]),
    ];
    for (limit, factors) in &cases {
        let a = sum_of_multiples(*limit, factors);
        let b = sum_of_multiples_iter(*limit, factors);
        println!("limit {:>5} factors {:?}: {} (same: {})", limit, factors, a, a == b);
    }
}
