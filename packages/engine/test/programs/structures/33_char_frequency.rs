// Character frequency with a fixed [u32; 26] array, and anagram checks.
fn freq(s: &str) -> [u32; 26] {
    let mut counts = [0u32; 26];
    for b in s.bytes() {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn is_anagram(a: &str, b: &str) -> bool {
    freq(a) == freq(b)
}

fn most_common(counts: &[u32; 26]) -> Option<(char, u32)> {
    let mut best: Option<(char, u32)> = None;
    for (i, &c) in counts.iter().enumerate() {
        if c == 0 {
            continue;
        }
        match best {
            Some((_, bc)) if bc >= c => {}
            _ => best = Some(((b'a' + i as u8) as char, c)),
        }
    }
    best
}

fn main() {
    let text = "Rust makes memory safety a compile time property";
    let counts = freq(text);
    let mut line = String::new();
    for (i, c) in counts.iter().enumerate() {
        if *c > 0 {
            line.push_str(&format!("{}{} ", (b'a' + i as u8) as char, c));
        }
    }
    println!("{}", line.trim_end());
    println!("most common: {:?}", most_common(&counts));
    println!("none: {:?}", most_common(&freq("123 !!")));
    let total: u32 = counts.iter().sum();
    println!("letters: {}", total);
    let missing: String = (0..26u8).filter(|&i| counts[i as usize] == 0).map(|i| (b'a' + i) as char).collect();
    println!("missing: {}", missing);
    for (a, b) in [("listen", "silent"), ("Dormitory", "dirty room"), ("heap", "stack")] {
        println!("{} / {}: {}", a, b, is_anagram(a, b));
    }
    let mut sorted: Vec<(char, u32)> = counts.iter().enumerate().filter(|(_, &c)| c > 0).map(|(i, &c)| ((b'a' + i as u8) as char, c)).collect();
    sorted.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    println!("top 3: {:?}", &sorted[..3]);
}
