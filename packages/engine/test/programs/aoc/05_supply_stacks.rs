// AoC 2022 day 5: moving crates between stacks
const INPUT: &str = r#"    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2"#;

fn parse_stacks(drawing: &str) -> Vec<Vec<char>> {
    let lines: Vec<&str> = drawing.lines().collect();
    let count = lines.last().unwrap().split_whitespace().count();
    let mut stacks = vec![Vec::new(); count];
    for line in lines[..lines.len() - 1].iter().rev() {
        for (i, ch) in line.chars().enumerate() {
            if ch.is_ascii_uppercase() {
                stacks[i / 4].push(ch);
            }
        }
    }
    stacks
}

fn parse_moves(text: &str) -> Vec<(usize, usize, usize)> {
    text.lines()
        .map(|l| {
            let nums: Vec<usize> = l
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            (nums[0], nums[1] - 1, nums[2] - 1)
        })
        .collect()
}

fn tops(stacks: &[Vec<char>]) -> String {
    stacks.iter().filter_map(|s| s.last()).collect()
}

fn main() {
    let (drawing, moves_text) = INPUT.split_once("\n\n").unwrap();
    let moves = parse_moves(moves_text);

    let mut stacks = parse_stacks(drawing);
    for &(n, from, to) in &moves {
        for _ in 0..n {
            let c = stacks[from].pop().unwrap();
            stacks[to].push(c);
        }
    }
    println!("Part 1: {}", tops(&stacks));

    let mut stacks = parse_stacks(drawing);
    for &(n, from, to) in &moves {
        let at = stacks[from].len() - n;
        let moved: Vec<char> = stacks[from].drain(at..).collect();
        stacks[to].extend(moved);
    }
    println!("Part 2: {}", tops(&stacks));
}
