// Checking balanced brackets with a stack and `while let`.
fn balanced(s: &str) -> Result<(), String> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                let expected = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((open, _)) if open == expected => {}
                    Some((open, at)) => {
                        return Err(format!("'{}' at {} closed by '{}' at {}", open, at, c, i))
                    }
                    None => return Err(format!("unexpected '{}' at {}", c, i)),
                }
            }
            _ => {}
        }
    }
    if let Some((open, at)) = stack.last() {
        return Err(format!("'{}' at {} never closed", open, at));
    }
    Ok(())
}

fn main() {
    for s in ["(a[b]{c})", "(]", "((x)", "vec![1, 2]}", ""] {
        println!("{:<12} {:?}", s, balanced(s));
    }

    // draining a work stack until it's empty
    let mut todo = vec![1u32, 5, 3];
    let mut visited = Vec::new();
    while let Some(n) = todo.pop() {
        visited.push(n);
        if n > 1 && n % 2 == 1 {
            todo.push(n - 1);
        }
    }
    println!("visit order: {:?}", visited);
}
