// successors: each item computed from the previous one.
use std::iter::successors;

fn main() {
    let powers: Vec<u32> = successors(Some(1u32), |&x| x.checked_mul(3))
        .take_while(|&x| x < 1000)
        .collect();
    println!("powers of 3: {:?}", powers);

    // Collatz sequence from 6.
    let collatz: Vec<u64> = successors(Some(6u64), |&n| {
        if n == 1 {
            None
        } else if n % 2 == 0 {
            Some(n / 2)
        } else {
            Some(3 * n + 1)
        }
    })
    .collect();
    println!("collatz(6): {:?}", collatz);
    println!("steps: {}", collatz.len() - 1);
}
