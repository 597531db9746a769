// Series: all contiguous substrings of length n, plus the largest series product.
fn series(digits: &str, len: usize) -> Vec<String> {
    let chars: Vec<char> = digits.chars().collect();
    if len == 0 {
        return vec![String::new(); digits.len() + 1];
    }
    chars.windows(len).map(|w| w.iter().collect()).collect()
}

fn largest_product(digits: &str, span: usize) -> Option<u64> {
    let values: Option<Vec<u64>> = digits.chars().map(|c| c.to_digit(10).map(u64::from)).collect();
    let values = values?;
    if span > values.len() {
        return None;
    }
    if span == 0 {
        return Some(1);
    }
    values.windows(span).map(|w| w.iter().product()).max()
}

fn main() {
    println!("{:?}", series("92017", 2));
    println!("{:?}", series("92017", 5));
    println!("{:?}", series("92017", 6));
    println!("{:?}", series("12", 0));
    println!("{:?}", largest_product("63915", 3));
    println!("{:?}", largest_product("0123456789", 2));
    println!("{:?}", largest_product("1234a5", 2));
    println!("{:?}", largest_product("123", 4));
}
