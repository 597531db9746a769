fn main() {
    let mut scores = vec![88, 92, 75];

    let first = &scores[0];
    println!("first score: {}", first);
    // `first` is never used again, so its borrow has ended here (non-lexical lifetimes).

    scores.push(100);
    println!("scores: {:?}", scores);

    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1, r2);
    // r1 and r2 are no longer used after this point

    let r3 = &mut s;
    r3.push_str(", world");
    println!("{}", r3);

    let max = scores.iter().max().unwrap();
    let msg = format!("best = {}", max);
    scores.clear();
    println!("{} (cleared, len {})", msg, scores.len());
}
