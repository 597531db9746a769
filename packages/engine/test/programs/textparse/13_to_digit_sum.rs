// char::to_digit for digit sums and hex decoding.
fn digit_sum(s: &str) -> u32 {
    s.chars().filter_map(|c| c.to_digit(10)).sum()
}

fn hex_value(s: &str) -> Option<u32> {
    let mut value = 0;
    for c in s.chars() {
        let d = c.to_digit(16)?;
        value = value * 16 + d;
    }
    Some(value)
}

fn main() {
    println!("digit sum of 90210 = {}", digit_sum("90210"));
    println!("digit sum of a1b2c3 = {}", digit_sum("a1b2c3"));
    for h in ["ff", "1A", "beef", "xyz"] {
        println!("hex {:?} = {:?}", h, hex_value(h));
    }
    // from_digit goes the other way.
    let c = std::char::from_digit(7, 10).unwrap();
    println!("from_digit(7) = {:?}", c);
    println!("'z'.to_digit(36) = {:?}", 'z'.to_digit(36));
}
