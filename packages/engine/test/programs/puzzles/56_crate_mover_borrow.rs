fn main() {
    let mut stacks: Vec<Vec<char>> = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    let moves = [(1, 2, 1), (3, 1, 3), (2, 2, 1), (1, 1, 2)];

    for &(count, from, to) in moves.iter() {
        let source = &mut stacks[from - 1];
        let target = &mut stacks[to - 1];
        for _ in 0..count {
            let c = source.pop().unwrap();
            target.push(c);
        }
    }

    let tops: String = stacks.iter().filter_map(|s| s.last()).collect();
    println!("top crates: {}", tops);
}
