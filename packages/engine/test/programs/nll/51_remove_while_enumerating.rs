// Removing items from a vector inside a loop over its iterator.
fn main() {
    let mut orders = vec![12, 0, 7, 0, 3];
    for (i, qty) in orders.iter().enumerate() {
        if *qty == 0 {
            orders.remove(i);
        }
    }
    println!("{:?}", orders);
}
