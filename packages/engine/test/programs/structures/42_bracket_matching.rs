// Stack-based bracket matching with error positions.
#[derive(Debug, PartialEq)]
enum BracketError {
    Unexpected { pos: usize, found: char },
    Mismatch { pos: usize, expected: char, found: char },
    Unclosed { pos: usize, open: char },
}

fn closing(c: char) -> char {
    match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => unreachable!(),
    }
}

fn check(s: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut max_depth = 0;
    for (pos, ch) in s.chars().enumerate() {
        match ch {
            '(' | '[' | '{' => {
                stack.push((pos, ch));
                max_depth = max_depth.max(stack.len());
            }
            ')' | ']' | '}' => match stack.pop() {
                None => return Err(BracketError::Unexpected { pos, found: ch }),
                Some((_, open)) if closing(open) != ch => {
                    return Err(BracketError::Mismatch { pos, expected: closing(open), found: ch })
                }
                Some(_) => {}
            },
            _ => {}
        }
    }
    match stack.last() {
        Some(&(pos, open)) => Err(BracketError::Unclosed { pos, open }),
        None => Ok(max_depth),
    }
}

fn main() {
    let tests = [
        "fn main() { let v = vec![1, (2 + 3)]; }",
        "((a)",
        "[(])",
        "())",
        "",
        "{[()()]}",
    ];
    for t in tests.iter() {
        match check(t) {
            Ok(depth) => println!("{:<42} ok, depth {}", format!("{:?}", t), depth),
            Err(e) => println!("{:<42} {:?}", format!("{:?}", t), e),
        }
    }
    println!("{}", check("(") == Err(BracketError::Unclosed { pos: 0, open: '(' }));
}
