use std::collections::HashSet;

fn first_marker(signal: &str, width: usize) -> Option<usize> {
    let bytes = signal.as_bytes();
    bytes
        .windows(width)
        .position(|w| w.iter().collect::<HashSet<_>>().len() == width)
        .map(|p| p + width)
}

fn main() {
    let signals = [
        "mjqjpqmgbljsphdztnvjfqwrcgsmlb",
        "bvwbjplbgvbhsrlpgdmjqwftvncz",
        "nppdvjthqldpwncqszvftbrmjlhg",
        "nznrnfrfntjfmvfwmzdfjlvtqnbhcprsg",
        "zcfzfwzzqfrljwzlrfnpqdbhtmscgvjw",
    ];
    for s in signals.iter() {
        let p1 = first_marker(s, 4).unwrap();
        let p2 = first_marker(s, 14).unwrap();
        println!("{:>34}: part 1 = {:2}, part 2 = {:2}", s, p1, p2);
    }
    println!("none: {:?}", first_marker("aaaa", 4));
}
