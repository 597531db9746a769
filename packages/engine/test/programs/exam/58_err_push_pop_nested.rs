// Two-phase borrows allow v.push(v.len()). What about this?
fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(stack.pop().unwrap() * 10);
    println!("{:?}", stack);
}
