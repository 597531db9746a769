fn main() {
    let mut score: u32 = 10;
    let bonus = &mut score;

    let snapshot = score;
    *bonus += 5;

    println!("before bonus {}, after {}", snapshot, score);
    let doubled = score * 2;
    println!("doubled {}", doubled);
}
