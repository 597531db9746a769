const LINES: &str = "[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]";

enum LineState {
    Corrupted(char),
    Incomplete(Vec<char>),
}

fn closing(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => unreachable!(),
    }
}

fn check(line: &str) -> LineState {
    let mut stack = Vec::new();
    for c in line.chars() {
        match c {
            '(' | '[' | '{' | '<' => stack.push(closing(c)),
            _ => {
                if stack.pop() != Some(c) {
                    return LineState::Corrupted(c);
                }
            }
        }
    }
    stack.reverse();
    LineState::Incomplete(stack)
}

fn main() {
    let mut error_score = 0;
    let mut completion_scores: Vec<u64> = Vec::new();
    for line in LINES.lines() {
        match check(line) {
            LineState::Corrupted(c) => {
                error_score += match c {
                    ')' => 3,
                    ']' => 57,
                    '}' => 1197,
                    '>' => 25137,
                    _ => 0,
                };
            }
            LineState::Incomplete(rest) => {
                let score = rest.iter().fold(0u64, |acc, &c| {
                    acc * 5 + " )]}>".find(c).unwrap() as u64
                });
                completion_scores.push(score);
            }
        }
    }
    completion_scores.sort_unstable();
    println!("Part 1: {}", error_score);
    println!("Part 2: {}", completion_scores[completion_scores.len() / 2]);
}
