fn main() {
    let text = "a journey of a thousand miles begins with a single step";

    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    let shortest = text.split_whitespace().min_by_key(|w| w.len()).unwrap();
    println!("longest word: {}", longest);
    println!("shortest word: {}", shortest);

    let scores = [("ann", 82), ("ben", 95), ("cy", 95), ("dee", 60)];
    // max_by_key returns the LAST maximum, min_by_key the FIRST minimum
    let best = scores.iter().max_by_key(|(_, s)| *s).unwrap();
    println!("best: {} with {}", best.0, best.1);
    let worst = scores.iter().min_by_key(|&&(_, s)| s).unwrap();
    println!("worst: {} with {}", worst.0, worst.1);
}
