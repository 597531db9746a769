// Matching brackets with an explicit stack.
fn brackets_are_balanced(input: &str) -> bool {
    let mut stack: Vec<char> = Vec::new();
    for c in input.chars() {
        match c {
            '(' => stack.push(')'),
            '[' => stack.push(']'),
            '{' => stack.push('}'),
            ')' | ']' | '}' => {
                if stack.pop() != Some(c) {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    let inputs = [
        "[]",
        "{[()]}",
        "{[)][]}",
        "([{}({}[])])",
        "(((185 + 223.85) * 15) - 543)/2",
        "\\left(\\begin{array}{cc} \\frac{1}{3} & x\\\\ \\mathrm{e}^{x} &... x^2 \\end{array}\\right)",
        "}{",
        "[[",
    ];
    for s in inputs {
        println!("{:5} {}", brackets_are_balanced(s), s);
    }
}
