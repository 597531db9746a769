// split_at returns two slices that share the original storage.
fn main() {
    let cards = [2, 7, 4, 9, 1, 8];
    let (left, right) = cards.split_at(cards.len() / 2);
    println!("left {:?} right {:?}", left, right);

    let left_sum: i32 = left.iter().sum();
    let right_sum: i32 = right.iter().sum();
    println!("sums: {} vs {}", left_sum, right_sum);

    // split_at_mut gives two mutable halves at once.
    let mut board = vec![1, 1, 1, 2, 2, 2];
    {
        let (a, b) = board.split_at_mut(3);
        for (x, y) in a.iter_mut().zip(b.iter_mut()) {
            std::mem::swap(x, y);
        }
    }
    println!("halves swapped: {:?}", board);

    // Splitting at 0 or at len is allowed.
    let (empty, all) = cards.split_at(0);
    println!("{:?} {:?}", empty, all);
    let (all2, empty2) = cards.split_at(cards.len());
    println!("{} {}", all2.len(), empty2.len());
}
