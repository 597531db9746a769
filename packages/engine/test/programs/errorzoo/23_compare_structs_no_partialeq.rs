// Quiz: `==` needs PartialEq.
struct Card {
    rank: u8,
    suit: char,
}

fn main() {
    let hand = vec![
        Card { rank: 10, suit: 'H' },
        Card { rank: 3, suit: 'S' },
    ];
    let target = Card { rank: 3, suit: 'S' };
    let mut found = false;
    for c in &hand {
        if *c == target {
            found = true;
        }
    }
    println!("found: {} ({}{})", found, target.rank, target.suit);
}
