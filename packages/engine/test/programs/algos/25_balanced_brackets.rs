fn is_balanced(s: &str) -> Result<(), (usize, char)> {
    let mut stack: Vec<char> = Vec::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let expected = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some(open) if open == expected => {}
                    _ => return Err((i, c)),
                }
            }
            _ => {}
        }
    }
    if let Some(&open) = stack.last() {
        return Err((s.len(), open));
    }
    Ok(())
}

fn main() {
    let tests = [
        "(a + b) * [c - {d / e}]",
        "fn main() { let v = vec![1, 2]; }",
        "((())",
        "([)]",
        "}{",
        "",
    ];
    for t in tests {
        match is_balanced(t) {
            Ok(()) => println!("ok        {:?}", t),
            Err((pos, ch)) => println!("mismatch  {:?} at {} ('{}')", t, pos, ch),
        }
    }
}
