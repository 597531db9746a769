fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let prices = [4.50, 12.99, 3.25, 8.00];
    let total: f64 = prices.iter().sum();
    println!("total: {:.2}", total);

    println!("10! = {}", factorial(10));

    let digits = [4, 0, 9, 6];
    let number = digits.iter().fold(0, |acc, d| acc * 10 + d);
    println!("number: {}", number);

    let sentence = ["the", "quick", "brown", "fox"]
        .iter()
        .fold(String::new(), |mut acc, w| {
            if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(w);
            acc
        });
    println!("sentence: {}", sentence);

    let (min, max) = prices
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &p| (lo.min(p), hi.max(p)));
    println!("cheapest {:.2}, dearest {:.2}", min, max);
}
