fn subsets(items: &[&'static str], start: usize, current: &mut Vec<&'static str>, out: &mut Vec<String>) {
    out.push(format!("{{{}}}", current.join(", ")));
    for i in start..items.len() {
        current.push(items[i]);
        subsets(items, i + 1, current, out);
        current.pop();
    }
}

fn combinations_summing_to(coins: &[u32], target: u32, chosen: &mut Vec<u32>, found: &mut Vec<Vec<u32>>) {
    if target == 0 {
        found.push(chosen.clone());
        return;
    }
    for (i, &c) in coins.iter().enumerate() {
        if c <= target {
            chosen.push(c);
            combinations_summing_to(&coins[i..], target - c, chosen, found);
            chosen.pop();
        }
    }
}

fn main() {
    let toppings = ["cheese", "ham", "olives"];
    let mut out = Vec::new();
    subsets(&toppings, 0, &mut Vec::new(), &mut out);
    for s in &out {
        println!("{}", s);
    }
    println!("{} subsets", out.len());

    let mut found = Vec::new();
    combinations_summing_to(&[5, 2, 1], 6, &mut Vec::new(), &mut found);
    println!("ways to make 6 from [5, 2, 1]: {}", found.len());
    for way in &found {
        println!("  {:?}", way);
    }
}
