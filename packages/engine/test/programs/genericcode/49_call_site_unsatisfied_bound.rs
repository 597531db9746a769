use std::fmt::Debug;

fn show_all<T: Debug>(items: &[T]) {
    for item in items {
        println!("{:?}", item);
    }
}

// Forgot something on this struct.
struct Card {
    rank: u8,
    suit: char,
}

fn main() {
    let hand = vec![Card { rank: 10, suit: 'H' }, Card { rank: 1, suit: 'S' }];
    show_all(&hand);
    println!("{}{}", hand[0].rank, hand[0].suit);
}
