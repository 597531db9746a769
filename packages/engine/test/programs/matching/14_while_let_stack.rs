fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);

    while let Some(top) = stack.pop() {
        println!("{}", top);
    }

    // evaluate a reverse-polish expression
    let tokens = "3 4 + 2 * 7 -".split_whitespace();
    let mut st: Vec<i32> = Vec::new();
    for tok in tokens {
        match tok {
            "+" | "-" | "*" => {
                let b = st.pop().unwrap();
                let a = st.pop().unwrap();
                st.push(match tok {
                    "+" => a + b,
                    "-" => a - b,
                    _ => a * b,
                });
            }
            num => st.push(num.parse().unwrap()),
        }
    }
    println!("rpn result: {:?}", st);

    let mut queue = vec![(1, "alpha"), (2, "beta"), (3, "gamma")];
    queue.reverse();
    while let Some((id, name)) = queue.pop() {
        if id == 2 {
            continue;
        }
        println!("job {} -> {}", id, name);
    }
}
