fn main() {
    let mut balances = vec![100, 250, 75];
    {
        let (left, right) = balances.split_at_mut(1);
        let a = &mut left[0];
        let b = &mut right[0];
        *a += *b;
        *b = 0;
    }
    if let Some(last) = balances.last_mut() {
        *last += 1;
    }
    balances.push(0);
    balances.swap(0, 2);
    println!("{:?}", balances);
}
