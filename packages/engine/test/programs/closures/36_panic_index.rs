// Off-by-one inside a closure: the lookup panics on the last id.
fn main() {
    let prices = vec![250, 120, 999];
    let lookup = |id: usize| prices[id];

    let order = [0, 2, 1, 3];
    let mut total = 0;
    for id in order.iter() {
        let p = lookup(*id);
        total += p;
        println!("item {} costs {}, total {}", id, p, total);
    }
    println!("order total: {}", total);
}
