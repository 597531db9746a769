fn count_ways(coins: &[u64], amount: usize) -> u64 {
    let mut ways = vec![0u64; amount + 1];
    ways[0] = 1;
    for &coin in coins {
        let c = coin as usize;
        for a in c..=amount {
            ways[a] += ways[a - c];
        }
    }
    ways[amount]
}

fn main() {
    let uk = [1, 2, 5, 10, 20, 50, 100, 200];
    println!("ways to make 200p: {}", count_ways(&uk, 200));
    println!("ways to make 10 with [1,2,5]: {}", count_ways(&[1, 2, 5], 10));
    println!("ways to make 3 with [2]: {}", count_ways(&[2], 3));
    println!("ways to make 0: {}", count_ways(&[1, 2], 0));
}
