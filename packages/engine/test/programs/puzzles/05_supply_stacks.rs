// AoC 2022 day 5: Supply Stacks
const DRAWING: &str = "    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 ";

const MOVES: &str = "move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2";

fn parse_stacks() -> Vec<Vec<char>> {
    let rows: Vec<&str> = DRAWING.lines().collect();
    let count = (rows[rows.len() - 1].len() + 1) / 4;
    let mut stacks = vec![Vec::new(); count];
    for row in rows[..rows.len() - 1].iter().rev() {
        for (i, c) in row.chars().enumerate() {
            if c.is_ascii_uppercase() {
                stacks[i / 4].push(c);
            }
        }
    }
    stacks
}

fn parse_move(line: &str) -> (usize, usize, usize) {
    let nums: Vec<usize> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1] - 1, nums[2] - 1)
}

fn tops(stacks: &[Vec<char>]) -> String {
    stacks.iter().map(|s| *s.last().unwrap()).collect()
}

fn main() {
    let mut one = parse_stacks();
    let mut two = parse_stacks();
    for line in MOVES.lines() {
        let (n, from, to) = parse_move(line);
        for _ in 0..n {
            let crate_ = one[from].pop().unwrap();
            one[to].push(crate_);
        }
        let at = two[from].len() - n;
        let moved: Vec<char> = two[from].drain(at..).collect();
        two[to].extend(moved);
    }
    println!("Part 1: {}", tops(&one));
    println!("Part 2: {}", tops(&two));
}
