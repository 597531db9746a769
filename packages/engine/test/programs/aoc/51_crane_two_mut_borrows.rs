// Supply stacks, moving crates one at a time
fn main() {
    let mut stacks: Vec<Vec<char>> = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    let moves = "move 1 from 2 to 1\nmove 3 from 1 to 3\nmove 2 from 2 to 1\nmove 1 from 1 to 2";

    for line in moves.lines() {
        let n: Vec<usize> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let (count, from, to) = (n[0], n[1] - 1, n[2] - 1);

        let source = &mut stacks[from];
        let target = &mut stacks[to];
        for _ in 0..count {
            let c = source.pop().unwrap();
            target.push(c);
        }
    }

    let top: String = stacks.iter().map(|s| *s.last().unwrap()).collect();
    println!("Part 1: {}", top);
}
