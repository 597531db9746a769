// Tower of Hanoi: print every move
fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    println!("move {:>2}: disk {} {} -> {}", moves, n, from, to);
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    let mut moves = 0;
    hanoi(3, 'A', 'C', 'B', &mut moves);
    println!("total: {} (2^3 - 1 = {})", moves, 2u32.pow(3) - 1);
}
