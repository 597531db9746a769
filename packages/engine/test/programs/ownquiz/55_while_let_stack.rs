// pop() borrows mutably, the body pushes again. Compile?
fn main() {
    let mut stack = vec![3];
    let mut visited = Vec::new();
    while let Some(n) = stack.pop() {
        visited.push(n);
        if n > 0 {
            stack.push(n - 1);
        }
    }
    println!("{:?}", visited);
}
