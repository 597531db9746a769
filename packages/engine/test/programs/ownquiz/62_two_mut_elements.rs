// Swap-ish: add the second balance into the first.
fn main() {
    let mut balances = vec![100, 250, 75];
    let a = &mut balances[0];
    let b = &mut balances[1];
    *a += *b;
    *b = 0;
    println!("{:?}", balances);
}
