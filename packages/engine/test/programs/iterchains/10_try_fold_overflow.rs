fn checked_sum(values: &[u8]) -> Option<u8> {
    values.iter().try_fold(0u8, |acc, &v| acc.checked_add(v))
}

fn parse_all(items: &[&str]) -> Result<i32, String> {
    items.iter().try_fold(0, |acc, s| {
        let n: i32 = s.parse().map_err(|_| format!("bad number: {}", s))?;
        Ok(acc + n)
    })
}

fn main() {
    println!("{:?}", checked_sum(&[10, 20, 30]));
    println!("{:?}", checked_sum(&[100, 100, 100]));
    println!("{:?}", parse_all(&["1", "2", "3"]));
    println!("{:?}", parse_all(&["1", "two", "3"]));
}
