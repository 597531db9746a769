// 2023 day 6: how many ways to beat the record?
const RACES: &str = "Time:      7  15   30
Distance:  9  40  200";

fn ways_to_win(time: u64, record: u64) -> u64 {
    (1..time).filter(|hold| hold * (time - hold) > record).count() as u64
}

fn main() {
    let mut lines = RACES.lines();
    let times: Vec<u64> = lines
        .next()
        .unwrap()
        .strip_prefix("Time:")
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let dists: Vec<u64> = lines
        .next()
        .unwrap()
        .strip_prefix("Distance:")
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();

    let part1: u64 = times
        .iter()
        .zip(&dists)
        .map(|(&t, &d)| ways_to_win(t, d))
        .product();
    println!("Part 1: {}", part1);

    // part 2: the spaces were a lie -- one big race
    let join = |v: &[u64]| -> u64 {
        v.iter().map(|n| n.to_string()).collect::<String>().parse().unwrap()
    };
    let (t, d) = (join(&times), join(&dists));
    println!("one race: time {} distance {}", t, d);

    // solve the quadratic instead of looping 71530 times
    let disc = ((t * t - 4 * d) as f64).sqrt();
    let lo = ((t as f64 - disc) / 2.0).floor() as u64 + 1;
    let hi = ((t as f64 + disc) / 2.0).ceil() as u64 - 1;
    println!("Part 2: {} (range {}..={})", hi - lo + 1, lo, hi);
}
