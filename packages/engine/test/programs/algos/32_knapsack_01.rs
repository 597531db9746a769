#[derive(Debug)]
struct Item {
    name: &'static str,
    weight: usize,
    value: u32,
}

fn knapsack(items: &[Item], capacity: usize) -> (u32, Vec<&'static str>) {
    let n = items.len();
    let mut dp = vec![vec![0u32; capacity + 1]; n + 1];
    for i in 1..=n {
        let it = &items[i - 1];
        for w in 0..=capacity {
            dp[i][w] = dp[i - 1][w];
            if it.weight <= w {
                let with = dp[i - 1][w - it.weight] + it.value;
                if with > dp[i][w] {
                    dp[i][w] = with;
                }
            }
        }
    }
    // walk back to see which items were taken
    let mut taken = Vec::new();
    let mut w = capacity;
    for i in (1..=n).rev() {
        if dp[i][w] != dp[i - 1][w] {
            taken.push(items[i - 1].name);
            w -= items[i - 1].weight;
        }
    }
    taken.reverse();
    (dp[n][capacity], taken)
}

fn main() {
    let items = vec![
        Item { name: "tent", weight: 5, value: 60 },
        Item { name: "stove", weight: 3, value: 50 },
        Item { name: "rope", weight: 2, value: 15 },
        Item { name: "camera", weight: 4, value: 70 },
        Item { name: "book", weight: 1, value: 10 },
    ];
    for cap in [0, 4, 8, 10, 15] {
        let (best, chosen) = knapsack(&items, cap);
        println!("capacity {:>2}: value {:>3} with {:?}", cap, best, chosen);
    }
    println!("{:?}", items[0]);
}
