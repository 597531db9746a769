fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn collatz_seq(start: u64) -> Vec<u64> {
    let mut seq = vec![start];
    let mut n = start;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        seq.push(n);
    }
    seq
}

fn main() {
    println!("sequence from 6: {:?}", collatz_seq(6));
    println!("sequence from 7: {:?}", collatz_seq(7));

    let mut best = (1, 1);
    for n in 1..=1000 {
        let len = collatz_len(n);
        if len > best.1 {
            best = (n, len);
        }
    }
    println!("longest chain under 1000 starts at {} ({} terms)", best.0, best.1);

    let lens: Vec<u32> = (1..=10).map(collatz_len).collect();
    println!("lengths 1..=10: {:?}", lens);
}
