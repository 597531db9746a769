fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    println!("Move disk {} from {} to {}", n, from, to);
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    let mut moves = 0;
    hanoi(3, 'A', 'C', 'B', &mut moves);
    println!("Total moves for 3 disks: {}", moves);

    let mut quiet = 0;
    // count only, using a closure-free helper
    fn count(n: u32) -> u64 {
        if n == 0 { 0 } else { 2 * count(n - 1) + 1 }
    }
    for n in 1..=5 {
        quiet += 1;
        println!("{} disks need {} moves", n, count(n));
    }
    println!("checked {} sizes", quiet);
}
