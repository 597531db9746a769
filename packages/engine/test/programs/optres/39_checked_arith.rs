fn compound(principal: u32, rate_percent: u32, years: u32) -> Option<u32> {
    let mut amount = principal;
    for _ in 0..years {
        let interest = amount.checked_mul(rate_percent)?.checked_div(100)?;
        amount = amount.checked_add(interest)?;
    }
    Some(amount)
}

fn safe_average(values: &[u32]) -> Option<u32> {
    let sum = values.iter().try_fold(0u32, |acc, &v| acc.checked_add(v))?;
    sum.checked_div(values.len() as u32)
}

fn main() {
    println!("{:?}", compound(1000, 5, 3));
    println!("{:?}", compound(4_000_000_000, 50, 2));
    println!("{:?}", safe_average(&[10, 20, 30]));
    println!("{:?}", safe_average(&[]));
    println!("{:?}", safe_average(&[u32::MAX, 1]));
    println!("{:?}", 5u8.checked_sub(6));
}
