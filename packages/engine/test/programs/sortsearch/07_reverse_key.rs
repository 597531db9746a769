use std::cmp::Reverse;

// Reverse flips the ordering of whatever it wraps.
fn main() {
    let mut temps = vec![18, 25, 21, 30, 12];
    temps.sort_by_key(|&t| Reverse(t));
    println!("hottest first: {:?}", temps);

    // Mixed: descending points, then ascending name.
    let mut players = vec![("kim", 30), ("ana", 45), ("bo", 30), ("cy", 45)];
    players.sort_by_key(|&(name, pts)| (Reverse(pts), name));
    println!("{:?}", players);
    println!("{}", Reverse(3) < Reverse(5));
}
