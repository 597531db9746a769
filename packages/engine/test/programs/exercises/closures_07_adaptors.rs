fn main() {
    let prices = vec![12.5, 3.0, 45.99, 7.25, 100.0, 0.5];
    let threshold = 10.0;
    let expensive: Vec<f64> = prices.iter().copied().filter(|&p| p > threshold).collect();
    println!("expensive: {:?}", expensive);
    let tax_rate = 0.2;
    let with_tax: Vec<String> = prices.iter().map(|p| format!("{:.2}", p * (1.0 + tax_rate))).collect();
    println!("with tax: {}", with_tax.join(", "));
    let total: f64 = prices.iter().sum();
    println!("total {:.2}", total);
    let mut seen = Vec::new();
    let firsts: Vec<char> = ["apple", "avocado", "banana", "blueberry", "cherry"]
        .iter()
        .filter_map(|w| {
            let c = w.chars().next()?;
            if seen.contains(&c) {
                None
            } else {
                seen.push(c);
                Some(c)
            }
        })
        .collect();
    println!("{:?} {:?}", firsts, seen);
    let words = ["one", "three", "five", "seven"];
    let lens: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    println!("{:?}", lens);
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest {}", longest);
    let any_long = words.iter().any(|w| w.len() > 4);
    let all_short = words.iter().all(|w| w.len() < 6);
    println!("{} {}", any_long, all_short);
    let mut counter = 0;
    let numbered: Vec<String> = words
        .iter()
        .map(|w| {
            counter += 1;
            format!("{}:{}", counter, w)
        })
        .collect();
    println!("{:?} counter={}", numbered, counter);
}
