// Puzzle: move the last element to the end again, all in one call.
fn main() {
    let mut stack = vec![1, 2, 3];

    stack.push(stack.pop().unwrap());

    println!("{:?}", stack);
}
