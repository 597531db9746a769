use std::collections::HashSet;

fn first_marker(signal: &str, size: usize) -> Option<usize> {
    let bytes = signal.as_bytes();
    for (i, window) in bytes.windows(size).enumerate() {
        let unique: HashSet<&u8> = window.iter().collect();
        if unique.len() == size {
            return Some(i + size);
        }
    }
    None
}

fn main() {
    let signals = [
        "mjqjpqmgbljsphdztnvjfqwrcgsmlb",
        "bvwbjplbgvbhsrlpgdmjqwftvncz",
        "nppdvjthqldpwncqszvftbrmjlhg",
        "zcfzfwzzqfrljwzlrfnpqdbhtmscgvjw",
    ];
    for s in signals.iter() {
        let p1 = first_marker(s, 4).unwrap();
        let p2 = first_marker(s, 14).unwrap();
        println!("{} -> packet {} message {}", &s[..8], p1, p2);
    }
}
