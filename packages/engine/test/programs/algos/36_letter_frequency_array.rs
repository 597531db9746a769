fn main() {
    let text = "It was the best of times, it was the worst of times";
    let mut counts = [0usize; 26];
    let mut other = 0;
    for ch in text.chars() {
        match ch {
            'a'..='z' => counts[(ch as u8 - b'a') as usize] += 1,
            'A'..='Z' => counts[(ch as u8 - b'A') as usize] += 1,
            _ => other += 1,
        }
    }
    for (i, &n) in counts.iter().enumerate() {
        if n > 0 {
            let letter = (b'a' + i as u8) as char;
            println!("{}: {:>2} {}", letter, n, "*".repeat(n));
        }
    }
    println!("non-letters: {}", other);

    let (max_i, max_n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .unwrap();
    println!("most common: '{}' ({} times)", (b'a' + max_i as u8) as char, max_n);

    let missing: String = (0..26)
        .filter(|&i| counts[i] == 0)
        .map(|i| (b'a' + i as u8) as char)
        .collect();
    println!("missing letters: {}", missing);
}
