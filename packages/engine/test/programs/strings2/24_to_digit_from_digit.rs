// Converting between chars and digit values.
fn digit_sum(s: &str) -> u32 {
    s.chars().filter_map(|c| c.to_digit(10)).sum()
}

fn main() {
    println!("{:?}", '7'.to_digit(10));
    println!("{:?}", 'f'.to_digit(16));
    println!("{:?}", 'g'.to_digit(16));
    println!("{:?}", 'x'.to_digit(10));

    println!("{:?}", char::from_digit(5, 10));
    println!("{:?}", char::from_digit(11, 16));
    println!("{:?}", char::from_digit(10, 10));

    println!("digit sum of 9a8b7 = {}", digit_sum("9a8b7"));

    // Binary string to number by hand
    let bits = "101101";
    let mut value = 0;
    for c in bits.chars() {
        value = value * 2 + c.to_digit(2).unwrap();
    }
    println!("{} = {}", bits, value);

    // Number to base-3 string by hand
    let mut n = 46u32;
    let mut out = String::new();
    while n > 0 {
        out.insert(0, char::from_digit(n % 3, 3).unwrap());
        n /= 3;
    }
    println!("46 in base 3 = {}", out);
}
