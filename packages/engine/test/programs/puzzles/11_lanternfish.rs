// Lanternfish: count fish by timer instead of simulating each one
fn simulate(initial: &[usize], days: u32) -> u64 {
    let mut timers = [0u64; 9];
    for &t in initial {
        timers[t] += 1;
    }
    for _ in 0..days {
        timers.rotate_left(1);
        timers[6] += timers[8];
    }
    timers.iter().sum()
}

fn main() {
    let input = "3,4,3,1,2";
    let fish: Vec<usize> = input
        .trim()
        .split(',')
        .map(|n| n.parse().expect("a number"))
        .collect();

    println!("after 18 days: {}", simulate(&fish, 18));
    println!("after 80 days: {}", simulate(&fish, 80));
    println!("after 256 days: {}", simulate(&fish, 256));
}
