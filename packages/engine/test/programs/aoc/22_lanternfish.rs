// AoC 2021 day 6 -- count fish by timer instead of simulating each fish
fn simulate(initial: &str, days: usize) -> u64 {
    let mut timers = [0u64; 9];
    for t in initial.trim().split(',') {
        let t: usize = t.parse().unwrap();
        timers[t] += 1;
    }
    for _ in 0..days {
        let spawning = timers[0];
        timers.rotate_left(1);
        timers[6] += spawning;
        // timers[8] already holds `spawning` after the rotation
    }
    timers.iter().sum()
}

fn main() {
    let input = "3,4,3,1,2\n";
    println!("after 18 days: {}", simulate(input, 18));
    println!("Part 1: {}", simulate(input, 80));
    println!("Part 2: {}", simulate(input, 256));
}
