// 2017 day 5: jump offsets; leaving the list ends the program
use std::convert::TryInto;

fn steps_to_exit(mut offsets: Vec<i64>, strange: bool) -> u64 {
    let mut pc: usize = 0;
    let mut steps = 0u64;
    loop {
        let jump = offsets[pc];
        if strange && jump >= 3 {
            offsets[pc] -= 1;
        } else {
            offsets[pc] += 1;
        }
        steps += 1;
        let target = pc as i64 + jump;
        let next: usize = match target.try_into() {
            Ok(p) => p,
            Err(_) => return steps, // jumped before the start
        };
        if next >= offsets.len() {
            return steps;
        }
        pc = next;
    }
}

fn main() {
    let input = "0\n3\n0\n1\n-3\n";
    let offsets: Vec<i64> = input.lines().map(|l| l.parse().unwrap()).collect();
    println!("Part 1: {}", steps_to_exit(offsets.clone(), false));
    println!("Part 2: {}", steps_to_exit(offsets.clone(), true));

    let backwards = vec![-1, 0];
    println!("backwards: {}", steps_to_exit(backwards, false));

    let big: i64 = -5;
    let as_u: Result<u32, _> = big.try_into();
    println!("-5 as u32? {}", as_u.is_err());
    println!("300 as u8 with `as`: {}", 300i64 as u8);
}
