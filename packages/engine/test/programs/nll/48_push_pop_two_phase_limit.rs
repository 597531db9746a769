// Two-phase borrows allow shared reads in the arguments,
// but not another mutable borrow like `pop`.
fn main() {
    let mut deck = vec![1, 2, 3];
    deck.push(deck.pop().unwrap() * 10);
    println!("{:?}", deck);
}
