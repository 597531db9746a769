// Tower of Hanoi with real pegs as Vec stacks
fn move_tower(n: usize, pegs: &mut [Vec<u32>; 3], from: usize, to: usize) {
    if n == 0 {
        return;
    }
    let via = 3 - from - to;
    move_tower(n - 1, pegs, from, via);
    let disk = pegs[from].pop().expect("peg is empty");
    if let Some(&top) = pegs[to].last() {
        assert!(top > disk, "bigger disk on smaller one");
    }
    pegs[to].push(disk);
    move_tower(n - 1, pegs, via, to);
}

fn main() {
    let mut pegs = [vec![4, 3, 2, 1], Vec::new(), Vec::new()];
    println!("start: {:?}", pegs);
    move_tower(4, &mut pegs, 0, 2);
    println!("end:   {:?}", pegs);
}
