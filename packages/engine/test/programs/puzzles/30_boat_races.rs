fn ways_to_win(time: u64, record: u64) -> u64 {
    (1..time).filter(|hold| hold * (time - hold) > record).count() as u64
}

fn main() {
    let input = "Time:      7  15   30\nDistance:  9  40  200";
    let mut lines = input.lines();
    let times: Vec<u64> = lines.next().unwrap()
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();
    let distances: Vec<u64> = lines.next().unwrap()
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();

    let product: u64 = times
        .iter()
        .zip(distances.iter())
        .map(|(&t, &d)| ways_to_win(t, d))
        .product();
    println!("Part 1: {}", product);

    // part 2: ignore the spaces, solve with the quadratic formula
    let join = |v: &Vec<u64>| -> u64 {
        v.iter().map(|n| n.to_string()).collect::<String>().parse().unwrap()
    };
    let t = join(&times) as f64;
    let d = join(&distances) as f64;
    let disc = (t * t - 4.0 * d).sqrt();
    let lo = ((t - disc) / 2.0).floor() as u64 + 1;
    let hi = ((t + disc) / 2.0).ceil() as u64 - 1;
    println!("Part 2: {} (holding {}..={})", hi - lo + 1, lo, hi);
}
