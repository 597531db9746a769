// Two &mut into one vector at once: use split_at_mut instead of indexing twice.
fn transfer(accounts: &mut [i64], from: usize, to: usize, amount: i64) {
    assert!(from != to);
    let (low, high) = if from < to { (from, to) } else { (to, from) };
    let (left, right) = accounts.split_at_mut(high);
    let (a, b) = (&mut left[low], &mut right[0]);
    if from < to {
        *a -= amount;
        *b += amount;
    } else {
        *b -= amount;
        *a += amount;
    }
}

fn main() {
    let mut balances = vec![100, 50, 0, 20];
    transfer(&mut balances, 0, 2, 30);
    println!("{:?}", balances);
    transfer(&mut balances, 3, 1, 20);
    println!("{:?}", balances);

    // get_many style with pattern matching on split_at_mut.
    let mut pair = [1, 2];
    let (x, y) = pair.split_at_mut(1);
    std::mem::swap(&mut x[0], &mut y[0]);
    println!("{:?}", pair);

    let total: i64 = balances.iter().sum();
    println!("total is still {}", total);
}
