// Syntax Scoring (2021 day 10)
enum LineResult {
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

fn check(line: &str) -> LineResult {
    let mut stack: Vec<char> = Vec::new();
    for c in line.chars() {
        match c {
            '(' | '[' | '{' | '<' => stack.push(closing(c)),
            _ => {
                if stack.pop() != Some(c) {
                    return LineResult::Corrupted(c);
                }
            }
        }
    }
    stack.reverse();
    LineResult::Incomplete(stack)
}

fn main() {
    let input = "[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]";

    let mut syntax_score = 0u64;
    let mut completion_scores: Vec<u64> = Vec::new();
    for line in input.lines() {
        match check(line) {
            LineResult::Corrupted(c) => {
                syntax_score += match c {
                    ')' => 3,
                    ']' => 57,
                    '}' => 1197,
                    '>' => 25137,
                    _ => 0,
                };
            }
            LineResult::Incomplete(missing) => {
                let score = missing.iter().fold(0u64, |acc, c| {
                    acc * 5 + match c {
                        ')' => 1,
                        ']' => 2,
                        '}' => 3,
                        _ => 4,
                    }
                });
                completion_scores.push(score);
            }
        }
    }
    completion_scores.sort();
    println!("syntax error score: {}", syntax_score);
    println!("middle completion score: {}", completion_scores[completion_scores.len() / 2]);
}
