fn collatz_step(n: &mut u64, steps: &mut u32) {
    if *n % 2 == 0 {
        *n /= 2;
    } else {
        *n = 3 * *n + 1;
    }
    *steps += 1;
}

fn main() {
    for start in [6u64, 7, 27] {
        let mut n = start;
        let mut steps = 0;
        let mut peak = n;
        while n != 1 {
            collatz_step(&mut n, &mut steps);
            if n > peak {
                peak = n;
            }
        }
        println!("{} reaches 1 in {} steps (peak {})", start, steps, peak);
    }
}
