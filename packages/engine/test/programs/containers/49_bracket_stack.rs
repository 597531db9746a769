fn balanced(s: &str) -> Result<(), String> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, ch) in s.chars().enumerate() {
        match ch {
            '(' | '[' | '{' => stack.push((i, ch)),
            ')' | ']' | '}' => {
                let open = match ch {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((_, c)) if c == open => {}
                    Some((j, c)) => return Err(format!("'{}' at {} closed by '{}' at {}", c, j, ch, i)),
                    None => return Err(format!("unexpected '{}' at {}", ch, i)),
                }
            }
            _ => {}
        }
    }
    match stack.last() {
        Some(&(j, c)) => Err(format!("'{}' at {} never closed", c, j)),
        None => Ok(()),
    }
}

fn main() {
    for s in ["(a[b]{c})", "(]", "((x)", "x)", "{[()()]}"] {
        println!("{:<10} {:?}", s, balanced(s));
    }
}
