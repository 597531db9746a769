fn main() {
    let mut stack = vec!['('];
    if stack.pop() != '(' {
        println!("mismatch");
    }
}
