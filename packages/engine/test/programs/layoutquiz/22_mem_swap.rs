use std::mem;

#[derive(Debug)]
struct Player {
    name: String,
    hand: Vec<u8>,
}

fn main() {
    let mut alice = Player { name: String::from("Alice"), hand: vec![1, 5, 9] };
    let mut bob = Player { name: String::from("Bob"), hand: vec![2, 3] };

    // Swap only the hands: the Vec headers trade places, no element is copied
    mem::swap(&mut alice.hand, &mut bob.hand);
    println!("{:?}", alice);
    println!("{:?}", bob);

    let mut x = 10;
    let mut y = 20;
    mem::swap(&mut x, &mut y);
    println!("x={} y={}", x, y);
}
