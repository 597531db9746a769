use std::mem;

fn main() {
    let mut deck = vec!["ace", "king", "queen", "jack", "ten"];

    // Swapping two elements of one slice
    deck.swap(0, 4);
    println!("after swap(0, 4): {:?}", deck);

    // mem::swap needs two disjoint &mut, so split the slice first
    let (left, right) = deck.split_at_mut(2);
    mem::swap(&mut left[1], &mut right[0]);
    println!("after mem::swap: {:?}", deck);

    // Swapping whole arrays moves every byte
    let mut a = [1u8; 4];
    let mut b = [9u8; 4];
    mem::swap(&mut a, &mut b);
    println!("a={:?} b={:?}", a, b);

    deck.reverse();
    println!("reversed: {:?}", deck);
}
