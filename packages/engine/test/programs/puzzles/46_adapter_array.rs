use std::collections::HashMap;

fn arrangements(i: usize, adapters: &[u32], memo: &mut HashMap<usize, u64>) -> u64 {
    if i == adapters.len() - 1 {
        return 1;
    }
    if let Some(&v) = memo.get(&i) {
        return v;
    }
    let mut total = 0;
    for j in i + 1..adapters.len() {
        if adapters[j] - adapters[i] > 3 {
            break;
        }
        total += arrangements(j, adapters, memo);
    }
    memo.insert(i, total);
    total
}

fn main() {
    let input = "16\n10\n15\n5\n1\n11\n7\n19\n6\n12\n4";
    let mut adapters: Vec<u32> = input.lines().map(|l| l.trim().parse().unwrap()).collect();
    adapters.push(0);
    adapters.sort_unstable();
    adapters.push(adapters.last().unwrap() + 3);

    let mut ones = 0;
    let mut threes = 0;
    for pair in adapters.windows(2) {
        match pair[1] - pair[0] {
            1 => ones += 1,
            3 => threes += 1,
            _ => {}
        }
    }
    println!("{} one-jolt and {} three-jolt differences, product {}", ones, threes, ones * threes);

    let mut memo = HashMap::new();
    println!("distinct arrangements: {}", arrangements(0, &adapters, &mut memo));
}
