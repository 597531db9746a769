// Mutating a vector while walking it: use indices, so no borrow
// of the vector is held across the body of the loop.
fn main() {
    let mut balances = vec![100, 250, 40, 0, 75];
    for i in 0..balances.len() {
        if balances[i] < 50 {
            let fee = 5;
            balances[i] -= fee;
            balances.push(fee); // grows the vec, but the range was fixed up front
        }
    }
    println!("balances: {:?}", balances);

    let mut i = 0;
    while i < balances.len() {
        if balances[i] <= 0 {
            balances.remove(i);
        } else {
            i += 1;
        }
    }
    println!("positive: {:?}", balances);
}
