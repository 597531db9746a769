// sort_unstable is faster but may reorder equal elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

fn main() {
    let mut ranks = [12, 3, 7, 3, 1, 10];
    ranks.sort_unstable();
    println!("ranks: {:?}", ranks);

    // Tuples compare field by field, so equal tuples are truly identical.
    let mut hand = vec![
        (Suit::Spades, 4),
        (Suit::Hearts, 11),
        (Suit::Clubs, 9),
        (Suit::Hearts, 2),
        (Suit::Clubs, 1),
    ];
    hand.sort_unstable();
    println!("{:?}", hand);

    // Sort by rank descending using a key with Reverse.
    hand.sort_unstable_by_key(|&(_, rank)| std::cmp::Reverse(rank));
    let ranks_only: Vec<i32> = hand.iter().map(|&(_, r)| r).collect();
    println!("by rank desc: {:?}", ranks_only);

    // sort_unstable_by with two keys.
    hand.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    println!("suit asc, rank desc: {:?}", hand);
}
