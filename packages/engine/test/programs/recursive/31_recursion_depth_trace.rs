// Trace each call with indentation to show the call stack
fn sum_to(n: u32, depth: usize) -> u32 {
    let indent = "| ".repeat(depth);
    println!("{}sum_to({})", indent, n);
    let result = if n == 0 { 0 } else { n + sum_to(n - 1, depth + 1) };
    println!("{}=> {}", indent, result);
    result
}

fn main() {
    let total = sum_to(4, 0);
    println!("total = {}", total);
}
