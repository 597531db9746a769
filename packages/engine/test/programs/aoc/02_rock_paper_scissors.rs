// AoC 2022 day 2 -- Rock Paper Scissors strategy guide
const GUIDE: &str = r#"A Y
B X
C Z
A X
C Y
B Z"#;

fn shape_score(c: char) -> u32 {
    match c {
        'X' => 1,
        'Y' => 2,
        'Z' => 3,
        _ => panic!("bad shape {}", c),
    }
}

fn outcome(them: char, me: char) -> u32 {
    match (them, me) {
        ('A', 'Y') | ('B', 'Z') | ('C', 'X') => 6,
        ('A', 'X') | ('B', 'Y') | ('C', 'Z') => 3,
        _ => 0,
    }
}

fn choose(them: char, result: char) -> char {
    // X = lose, Y = draw, Z = win
    let idx = (them as u8 - b'A') as i32;
    let delta = match result {
        'X' => -1,
        'Y' => 0,
        _ => 1,
    };
    let mine = (idx + delta).rem_euclid(3) as u8;
    (b'X' + mine) as char
}

fn main() {
    let mut part1 = 0;
    let mut part2 = 0;
    for line in GUIDE.lines() {
        let mut chars = line.chars().filter(|c| !c.is_whitespace());
        let them = chars.next().unwrap();
        let col2 = chars.next().unwrap();
        part1 += shape_score(col2) + outcome(them, col2);

        let mine = choose(them, col2);
        part2 += shape_score(mine) + outcome(them, mine);
    }
    println!("part 1 = {}", part1);
    println!("part 2 = {}", part2);
}
