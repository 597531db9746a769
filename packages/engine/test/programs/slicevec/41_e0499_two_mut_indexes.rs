// Two mutable borrows of the same vector through indexing.
fn main() {
    let mut balances = vec![100, 50, 75];

    let from = &mut balances[0];
    let to = &mut balances[1];

    *from -= 25;
    *to += 25;

    println!("{:?}", balances);
}
