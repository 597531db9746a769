fn main() {
    let deposits = [100, -20, 50, -200, 75];

    let balances: Vec<i32> = deposits
        .iter()
        .scan(0, |acc, &x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    println!("balances: {:?}", balances);

    // stop as soon as the balance goes negative
    let until_overdrawn: Vec<i32> = deposits
        .iter()
        .scan(0, |acc, &x| {
            *acc += x;
            if *acc < 0 { None } else { Some(*acc) }
        })
        .collect();
    println!("until overdrawn: {:?}", until_overdrawn);
}
