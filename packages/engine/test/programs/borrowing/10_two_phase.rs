// Two-phase borrows: the &mut for `push` is only activated after the argument is evaluated.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..5 {
        v.push(v.len());
    }
    println!("{:?}", v);

    let mut squares = vec![1];
    squares.push(squares[0] * 4);
    squares.push(squares.last().unwrap() + 5);
    println!("{:?}", squares);

    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    println!("{}", s);

    let mut stack = vec![10, 20, 30];
    stack.truncate(stack.len() - 1);
    stack.insert(stack.len(), 99);
    println!("{:?}", stack);
}
