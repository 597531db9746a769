// Puzzle: peek at the top of the stack, pop it, then print what we peeked.
fn main() {
    let mut stack = vec![1, 2, 3];

    while let Some(top) = stack.last() {
        stack.pop();
        println!("popped {}", top);
    }

    println!("empty: {}", stack.is_empty());
}
