// Student mistake: keeping a reference to the stack top across a push.
fn main() {
    let mut stack: Vec<String> = vec!["a".to_string(), "b".to_string()];
    let top = stack.last().unwrap();
    stack.push(format!("{}!", top));
    println!("top was {}", top);
    println!("{:?}", stack);
}
