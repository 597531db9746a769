// FizzBuzz generalised: a list of (divisor, word) rules, returned as Vec<String>.
fn fizzbuzz(n: u32, rules: &[(u32, &str)]) -> Vec<String> {
    (1..=n)
        .map(|i| {
            let mut s = String::new();
            for &(d, word) in rules {
                if i % d == 0 {
                    s.push_str(word);
                }
            }
            if s.is_empty() {
                i.to_string()
            } else {
                s
            }
        })
        .collect()
}

fn main() {
    let classic = fizzbuzz(15, &[(3, "Fizz"), (5, "Buzz")]);
    println!("{}", classic.join(" "));

    let extended = fizzbuzz(21, &[(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]);
    println!("{}", extended.join(" "));

    let count_fizz = fizzbuzz(100, &[(3, "Fizz"), (5, "Buzz")])
        .iter()
        .filter(|s| s.as_str() == "Fizz")
        .count();
    println!("plain Fizz up to 100: {}", count_fizz);
}
